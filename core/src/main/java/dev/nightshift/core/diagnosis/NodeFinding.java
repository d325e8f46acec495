package dev.nightshift.core.diagnosis;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.topology.NodeId;
import java.util.List;
import java.util.Objects;

/**
 * What the walk found at one node: its health and, when it is not healthy, the evidence (recent
 * error lines, its metrics) and what could not be gathered.
 *
 * @param gaps evidence that could not be gathered, in words ("logs: Loki timed out after 5s")
 */
public record NodeFinding(
    NodeId node, Health health, List<LogLine> errors, List<Sample> metrics, List<String> gaps) {

  public NodeFinding {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(health, "health");
    errors = List.copyOf(errors);
    metrics = List.copyOf(metrics);
    gaps = List.copyOf(gaps);
  }

  public HealthStatus status() {
    return health.status();
  }
}
