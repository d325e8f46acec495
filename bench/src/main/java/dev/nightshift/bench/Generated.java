package dev.nightshift.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The shape of a large platform, generated from a fixed seed so that every run measures the same
 * tree: SLAs on top, ten layers of nodes below (services and consumers, topics, ingestion and
 * workers, then Redis, databases and external feeds as leaves), each node defined once under one
 * parent and shared by others through references, and a few hub nodes (the Redis and databases that
 * everything uses) referenced from every layer.
 *
 * @param slas the SLAs, with the nodes each directly depends on
 * @param nodes every node, top layer first
 * @param owners for each node id, the SLA or node under whose {@code depends_on} it is defined
 */
record Generated(List<Sla> slas, List<Spec> nodes, Map<String, String> owners) {

  static final long SEED = 20260115L;

  /** Nodes per layer, top (under the SLAs) to bottom (leaves); 1 000 in all, ten deep. */
  private static final int[] LAYERS = {40, 70, 90, 110, 120, 130, 130, 120, 110, 80};

  private static final List<String> SLA_NAMES =
      List.of(
          "entity_data_freshness",
          "orders_consumer_lag",
          "payments_completeness",
          "inventory_freshness",
          "pricing_freshness",
          "search_index_lag",
          "shipping_completeness",
          "billing_freshness");

  /** Leaves every layer may depend on: the shared Redis and databases. */
  private static final int HUBS = 4;

  /** What a node is; it decides its type, coordinates and healthcheck. */
  enum Kind {
    SERVICE("service"),
    CONSUMER("process"),
    INGEST("process"),
    WORKER("process"),
    TOPIC("kafka_topic"),
    REDIS("infrastructure"),
    DATABASE("database"),
    EXTERNAL("external");

    final String type;

    Kind(String type) {
      this.type = type;
    }

    String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** An SLA and the nodes it directly depends on, in written order. */
  record Sla(String id, List<String> children) {}

  /** A node: its id, what it is, its layer (0 = top), a unique number, its dependencies. */
  record Spec(String id, Kind kind, int layer, int number, List<String> children) {}

  /** The 1 000-node platform every benchmark uses. */
  static Generated platform() {
    return generate(new Random(SEED));
  }

  private static Generated generate(Random random) {
    List<List<Spec>> layers = layers(random);
    Map<String, String> owners = new LinkedHashMap<>();
    List<Sla> slas = slas(layers.getFirst(), owners, random);
    for (int layer = 1; layer < layers.size(); layer++) {
      List<Spec> above = layers.get(layer - 1);
      for (Spec spec : layers.get(layer)) {
        Spec owner = above.get(random.nextInt(above.size()));
        owner.children().add(spec.id());
        owners.put(spec.id(), owner.id());
      }
    }
    shareNodes(layers, random);
    return new Generated(
        slas.stream().map(s -> new Sla(s.id(), List.copyOf(s.children()))).toList(),
        layers.stream()
            .flatMap(List::stream)
            .map(n -> new Spec(n.id(), n.kind(), n.layer(), n.number(), List.copyOf(n.children())))
            .toList(),
        Map.copyOf(owners));
  }

  /** The nodes, layer by layer, without dependencies yet. */
  private static List<List<Spec>> layers(Random random) {
    List<List<Spec>> layers = new ArrayList<>();
    int number = 0;
    for (int layer = 0; layer < LAYERS.length; layer++) {
      List<Spec> specs = new ArrayList<>();
      for (int i = 0; i < LAYERS[layer]; i++, number++) {
        Kind kind = kind(layer, i, random);
        String id = String.format(Locale.ROOT, "%s_%04d", kind.prefix(), number);
        specs.add(new Spec(id, kind, layer, number, new ArrayList<>()));
      }
      layers.add(specs);
    }
    return layers;
  }

  /** Each top node is defined under one SLA; every SLA also shares one to three others. */
  private static List<Sla> slas(List<Spec> top, Map<String, String> owners, Random random) {
    List<Sla> slas = new ArrayList<>();
    SLA_NAMES.forEach(name -> slas.add(new Sla(name, new ArrayList<>())));
    for (int i = 0; i < top.size(); i++) {
      Sla owner = slas.get(i < slas.size() ? i : random.nextInt(slas.size()));
      owner.children().add(top.get(i).id());
      owners.put(top.get(i).id(), owner.id());
    }
    for (Sla sla : slas) {
      for (int extra = 1 + random.nextInt(3); extra > 0; extra--) {
        addOnce(sla.children(), top.get(random.nextInt(top.size())).id());
      }
      Collections.shuffle(sla.children(), random);
    }
    return slas;
  }

  /**
   * Up to two references per node to nodes defined elsewhere: one to three layers down, or to a
   * hub. Edges always point down a layer or more, so the tree has no cycles.
   */
  private static void shareNodes(List<List<Spec>> layers, Random random) {
    List<Spec> hubs = layers.getLast().subList(0, HUBS);
    for (int layer = 0; layer < layers.size() - 1; layer++) {
      int reach = Math.min(3, layers.size() - 1 - layer);
      for (Spec spec : layers.get(layer)) {
        for (int extra = random.nextInt(3); extra > 0; extra--) {
          List<Spec> below = layers.get(layer + 1 + random.nextInt(reach));
          Spec target =
              random.nextInt(4) == 0
                  ? hubs.get(random.nextInt(HUBS))
                  : below.get(random.nextInt(below.size()));
          addOnce(spec.children(), target.id());
        }
        Collections.shuffle(spec.children(), random);
      }
    }
  }

  private static Kind kind(int layer, int index, Random random) {
    if (layer == LAYERS.length - 1) {
      if (index < HUBS) {
        return index % 2 == 0 ? Kind.REDIS : Kind.DATABASE;
      }
      int roll = random.nextInt(4);
      return roll == 0 ? Kind.REDIS : roll == 1 ? Kind.DATABASE : Kind.EXTERNAL;
    }
    if (layer == 0) {
      return random.nextBoolean() ? Kind.SERVICE : Kind.CONSUMER;
    }
    int roll = random.nextInt(20);
    return roll < 3
        ? Kind.SERVICE
        : roll < 8 ? Kind.CONSUMER : roll < 12 ? Kind.INGEST : roll < 16 ? Kind.WORKER : Kind.TOPIC;
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }

  /** The nodes that depend on nothing. */
  List<Spec> leaves() {
    return nodes.stream().filter(n -> n.children().isEmpty()).toList();
  }

  /** The shared leaves most of the platform depends on. */
  List<Spec> hubs() {
    return nodes.stream().filter(n -> n.layer() == LAYERS.length - 1).limit(HUBS).toList();
  }
}
