package dev.nightshift.core.testing;

import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeType;
import dev.nightshift.core.topology.SlaRoot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Random valid dependency trees for property tests: DAGs of up to {@link #MAX_NODES} nodes where
 * many nodes are shared by several parents and several SLAs, with nodes defined in random order,
 * dependencies written in random order, unreachable nodes, SLAs without dependencies and every node
 * type.
 */
public final class TreeGenerator {

  public static final int MAX_NODES = 60;
  public static final int MAX_SLAS = 6;

  private static final String[] PREFIXES = {"n", "redis:", "svc.", "kafka-", "_"};

  private TreeGenerator() {}

  public static DependencyTree tree(Random random) {
    return tree(random, MAX_NODES, MAX_SLAS);
  }

  /**
   * A tree of 1 to {@code maxNodes} nodes and 1 to {@code maxSlas} SLAs. Nodes get a hidden rank
   * and depend only on nodes of higher rank, which keeps the graph acyclic; names and definition
   * order are shuffled so that neither gives the rank away.
   */
  public static DependencyTree tree(Random random, int maxNodes, int maxSlas) {
    return ofSize(random, 1 + random.nextInt(maxNodes), maxSlas);
  }

  /**
   * A tree of exactly {@code count} nodes and 1 to {@code maxSlas} SLAs, shaped as {@link
   * #tree(Random, int, int)}.
   */
  public static DependencyTree ofSize(Random random, int count, int maxSlas) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(PREFIXES[random.nextInt(PREFIXES.length)] + i);
    }
    Collections.shuffle(names, random);
    int maxFanOut = 1 + random.nextInt(4);
    List<Node> nodes = new ArrayList<>();
    for (int rank = 0; rank < count; rank++) {
      int fanOut = random.nextInt(5) == 0 ? 0 : maxFanOut; // some leaves above the bottom rank
      List<String> children = pick(random, names.subList(rank + 1, count), fanOut);
      NodeType type = NodeType.values()[random.nextInt(NodeType.values().length)];
      nodes.add(Fixtures.node(names.get(rank), type, children.toArray(String[]::new)));
    }
    Collections.shuffle(nodes, random);
    int slaCount = 1 + random.nextInt(maxSlas);
    List<SlaRoot> slas = new ArrayList<>();
    for (int i = 0; i < slaCount; i++) {
      // SLAs mostly sit on the top quarter of the ranks, sometimes anywhere.
      int reach = random.nextInt(4) == 0 ? count : Math.max(1, count / 4);
      int fanOut = random.nextInt(10) == 0 ? 0 : 3;
      List<String> dependsOn = pick(random, names.subList(0, reach), fanOut);
      slas.add(Fixtures.root("sla_" + i, dependsOn.toArray(String[]::new)));
    }
    return DependencyTree.of(slas, nodes);
  }

  /**
   * The tree as text, one {@code id -> [dependencies]} per SLA and node in the order written, since
   * {@link DependencyTree} has no {@code toString} of its own; for property failure messages.
   */
  public static String describe(DependencyTree tree) {
    StringJoiner out = new StringJoiner("; ", "{", "}");
    tree.slas().forEach(sla -> out.add(sla.id() + " -> " + tree.roots(sla.id())));
    tree.nodes().forEach(node -> out.add(node.id() + " -> " + node.dependsOn()));
    return out.toString();
  }

  /**
   * One to {@code max} distinct elements of {@code from} in random order; none if either is empty.
   */
  private static List<String> pick(Random random, List<String> from, int max) {
    if (from.isEmpty() || max == 0) {
      return List.of();
    }
    int wanted = 1 + random.nextInt(Math.min(max, from.size()));
    Set<String> picked = new LinkedHashSet<>();
    while (picked.size() < wanted) {
      picked.add(from.get(random.nextInt(from.size())));
    }
    return List.copyOf(picked);
  }
}
