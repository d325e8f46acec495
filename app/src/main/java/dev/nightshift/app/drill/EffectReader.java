package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.SeriesKey;
import dev.nightshift.sim.scenario.ValueSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads what a node looks like (health, metrics, log lines, whether it logs at all) and SLI values,
 * for the baseline and for each fault's effects.
 */
final class EffectReader {

  private static final Map<String, HealthStatus> HEALTH =
      Values.byName(HealthStatus.values(), HealthStatus::toString);
  private static final Map<String, Boolean> LOGGING =
      Values.byName(new Boolean[] {false, true}, stopped -> stopped ? "stopped" : "running");

  private final References references;

  EffectReader(References references) {
    this.references = references;
  }

  /** Effects per node id, with {@code sli} (when {@code sliKey}) read as SLI values instead. */
  Map<NodeId, Effect> nodes(MapReader r, Map<SlaId, ValueSpec> sli, boolean sliKey) {
    Map<NodeId, Effect> effects = new LinkedHashMap<>();
    entries(
        r,
        (entry, path) -> {
          if (sliKey && entry.key().equals("sli")) {
            MapReader.of(entry.value(), r.problems()).ifPresent(s -> sli.putAll(sli(s)));
            return;
          }
          Optional<NodeId> node = id(entry, path, r.problems());
          node.ifPresent(
              n -> references.add(Reference.Kind.NODE, n.value(), entry.keySource(), path));
          Optional<Effect> effect =
              MapReader.of(entry.value(), r.problems()).map(e -> effect(e, entry.key()));
          if (node.isPresent() && effect.isPresent()) {
            effects.put(node.get(), effect.get());
          }
        });
    return effects;
  }

  /** SLI values per SLA. */
  Map<SlaId, ValueSpec> sli(MapReader r) {
    Map<SlaId, ValueSpec> values = new LinkedHashMap<>();
    entries(
        r,
        (entry, path) -> {
          if (!SlaId.isValid(entry.key())) {
            r.problems().error(entry.keySource(), path, "'" + entry.key() + "' is not an SLA name");
            return;
          }
          references.add(Reference.Kind.SLA, entry.key(), entry.keySource(), path);
          ValueReader.read(entry.value(), r.problems())
              .ifPresent(v -> values.put(new SlaId(entry.key()), v));
        });
    return values;
  }

  private Effect effect(MapReader r, String node) {
    Optional<HealthStatus> health = r.choice("health", "health", HEALTH);
    Map<SeriesKey, ValueSpec> metrics = r.map("metrics").map(this::metrics).orElse(Map.of());
    List<String> logs = r.texts("logs");
    Optional<YamlNode> logsNode = r.node("logs");
    for (int i = 0; i < logs.size() && logsNode.isPresent(); i++) {
      YamlNode at =
          logsNode.get() instanceof YamlNode.Sequence s ? s.items().get(i) : logsNode.get();
      references.add(Reference.Kind.LOG_LINE, logs.get(i), node, at.source(), at.path());
    }
    boolean stopped = r.choice("logging", "logging", LOGGING).orElse(false);
    r.finish();
    return new Effect(health, metrics, logs, stopped);
  }

  private Map<SeriesKey, ValueSpec> metrics(MapReader r) {
    Map<SeriesKey, ValueSpec> metrics = new LinkedHashMap<>();
    entries(
        r,
        (entry, path) -> {
          Optional<SeriesKey> key =
              switch (SeriesKey.parse(entry.key())) {
                case ParseResult.Valid<SeriesKey> v -> Optional.of(v.value());
                case ParseResult.Invalid<SeriesKey> i -> {
                  r.problems().error(entry.keySource(), path, i.message());
                  yield Optional.empty();
                }
              };
          Optional<ValueSpec> value = ValueReader.read(entry.value(), r.problems());
          if (key.isPresent() && value.isPresent()) {
            references.series(key.get(), value.get(), entry.value().source(), path);
            metrics.put(key.get(), value.get());
          }
        });
    return metrics;
  }

  private static Optional<NodeId> id(YamlNode.Entry entry, String path, Problems problems) {
    if (NodeId.isValid(entry.key())) {
      return Optional.of(new NodeId(entry.key()));
    }
    problems.error(entry.keySource(), path, "'" + entry.key() + "' is not a node id");
    return Optional.empty();
  }

  /** Visits every entry of a mapping whose keys are names, not fields. */
  static void entries(MapReader r, BiConsumer<YamlNode.Entry, String> visit) {
    for (YamlNode.Entry entry : r.mapping().entries().values()) {
      r.allow(entry.key());
      visit.accept(entry, r.pathOf(entry.key()));
    }
  }
}
