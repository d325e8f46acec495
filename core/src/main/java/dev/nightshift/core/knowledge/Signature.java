package dev.nightshift.core.knowledge;

import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.topology.NodeId;
import java.util.Objects;
import java.util.Optional;

/**
 * A multi-signal fingerprint: a known error matches only when every signal it names holds (the
 * node, a log line, a metric condition), because the same words mean different things elsewhere.
 */
public record Signature(
    NodeId node, Optional<LogPattern> logPattern, Optional<MetricCondition> metricCondition) {

  public Signature {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(logPattern, "logPattern");
    Objects.requireNonNull(metricCondition, "metricCondition");
  }

  /** Whether the signature names only its node, and so matches any failure there. */
  public boolean isNodeOnly() {
    return logPattern.isEmpty() && metricCondition.isEmpty();
  }
}
