package dev.nightshift.core.topology;

import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.telemetry.Healthcheck;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of the dependency tree with its observability pointers (healthcheck, logs, metrics) and
 * actuation coordinates: everything an agent needs to inspect it is in the node itself.
 *
 * @param metrics PromQL series the agent collects as evidence when it inspects the node
 * @param alerts Alertmanager alert names that point at this node
 * @param limits named capacity limits, e.g. {@code max_clients: 300}, {@code memory: 30GB}
 * @param dependsOn the nodes this one needs, in the order they are written
 */
public record Node(
    NodeId id,
    NodeType type,
    String description,
    Coordinates coordinates,
    Optional<Healthcheck> healthcheck,
    Optional<LogSpec> logs,
    List<String> metrics,
    List<String> alerts,
    Map<String, Quantity> limits,
    Optional<String> notes,
    List<NodeId> dependsOn) {

  public Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(coordinates, "coordinates");
    Objects.requireNonNull(healthcheck, "healthcheck");
    Objects.requireNonNull(logs, "logs");
    metrics = List.copyOf(metrics);
    alerts = List.copyOf(alerts);
    limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
    Objects.requireNonNull(notes, "notes");
    dependsOn = List.copyOf(dependsOn);
    if (dependsOn.contains(id)) {
      throw new IllegalArgumentException("node " + id + " depends on itself");
    }
    if (dependsOn.stream().distinct().count() != dependsOn.size()) {
      throw new IllegalArgumentException("node " + id + " lists a dependency twice");
    }
  }
}
