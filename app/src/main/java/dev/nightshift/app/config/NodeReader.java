package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.NodeType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the fields of one node definition (everything but its id and its dependencies), and warns
 * where the agent will be blind: no healthcheck, no logs, telemetry not configured.
 */
final class NodeReader {

  /** What a node says about itself; the tree reader adds the id and the dependencies. */
  record Fields(
      Optional<NodeType> type,
      String description,
      Coordinates coordinates,
      Optional<Healthcheck> healthcheck,
      boolean healthcheckValid,
      Optional<LogSpec> logs,
      List<String> metrics,
      List<String> alerts,
      Map<String, Quantity> limits,
      Optional<String> notes) {}

  /** Node types that write logs of their own; topics and external systems do not. */
  private static final Set<NodeType> LOGGING =
      EnumSet.complementOf(EnumSet.of(NodeType.KAFKA_TOPIC, NodeType.EXTERNAL));

  static final Map<String, NodeType> TYPES = Values.byName(NodeType.values(), NodeType::yamlName);

  private final Endpoints endpoints;
  private final HealthcheckReader healthchecks;

  NodeReader(Endpoints endpoints, HealthcheckReader healthchecks) {
    this.endpoints = endpoints;
    this.healthchecks = healthchecks;
  }

  Fields read(MapReader r, String id) {
    Optional<NodeType> type = r.requiredChoice("type", "node type", TYPES);
    Coordinates coordinates = coordinates(r);
    Optional<LogSpec> logs = r.map("logs").flatMap(l -> logs(l, coordinates));
    Optional<MapReader> hc = r.map("healthcheck");
    Optional<Healthcheck> healthcheck =
        hc.flatMap(h ->
            healthchecks.read(
                h, new NodeContext("node '" + id + "'", coordinates, logs.isPresent())));
    List<String> metrics = r.texts("metrics");
    if (!metrics.isEmpty()) {
      endpoints.prometheus(r.node("metrics").orElseThrow(), r.problems());
    }
    Fields fields =
        new Fields(
            type,
            r.text("description").orElse(""),
            coordinates,
            healthcheck,
            hc.isEmpty() || healthcheck.isPresent(),
            logs,
            metrics,
            r.texts("alerts"),
            limits(r),
            r.text("notes"));
    if (!r.has("healthcheck")) {
      r.problems()
          .warning(
              r.mapping(),
              "no healthcheck: the node's health is derived from its dependencies and metrics");
    }
    if (logs.isEmpty() && type.map(LOGGING::contains).orElse(false)) {
      r.problems()
          .warning(
              r.mapping(),
              "no logs: its error lines cannot be read, so log signatures never match here");
    }
    return fields;
  }

  private static Coordinates coordinates(MapReader r) {
    OptionalInt minIsr =
        r.wholeNumber("min_isr", 1, 1000)
            .map(n -> OptionalInt.of(n.intValue()))
            .orElse(OptionalInt.empty());
    return new Coordinates(
        r.text("container"),
        r.text("supervisor"),
        r.text("supervisor_group"),
        r.text("supervisor_process"),
        r.text("namespace"),
        r.text("deployment"),
        r.text("topic"),
        r.text("cluster"),
        minIsr,
        r.text("redis"));
  }

  private Optional<LogSpec> logs(MapReader r, Coordinates coordinates) {
    Optional<String> loki = r.text("loki_query");
    Optional<Path> file = r.text("file").map(Path::of);
    boolean supervisor = r.bool("supervisor").orElse(false);
    String errors = r.text("error_pattern").orElse(LogSpec.DEFAULT_ERROR_PATTERN);
    r.finish();
    loki.ifPresent(q -> endpoints.loki(r.node("loki_query").orElseThrow(), r.problems()));
    if (supervisor) {
      endpoints.supervisord(
          coordinates.supervisor(), r.node("supervisor").orElseThrow(), r.problems());
    }
    if (loki.isEmpty() && file.isEmpty() && !supervisor) {
      r.problems().error(r.mapping(), "logs need a source: loki_query, file, or supervisor: true");
      return Optional.empty();
    }
    try {
      return Optional.of(new LogSpec(loki, file, supervisor, errors));
    } catch (PatternSyntaxException e) {
      r.problems()
          .error(
              r.node("error_pattern").orElseThrow(),
              "invalid regex: " + e.getDescription() + " near character " + (e.getIndex() + 1));
      return Optional.empty();
    }
  }

  private static Map<String, Quantity> limits(MapReader r) {
    Map<String, Quantity> limits = new LinkedHashMap<>();
    r.map("limits")
        .ifPresent(l -> {
          for (YamlNode.Entry entry : l.mapping().entries().values()) {
            l.allow(entry.key());
            Values.quantity(entry.value(), r.problems()).ifPresent(q -> limits.put(entry.key(), q));
          }
        });
    return limits;
  }
}
