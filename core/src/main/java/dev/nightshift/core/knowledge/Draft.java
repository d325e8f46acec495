package dev.nightshift.core.knowledge;

import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.topology.NodeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an incident taught: the signature seen at its root cause, what the cause was, and the steps
 * that fixed it. Written out in known_errors.yaml's format, it becomes a proposed known error.
 *
 * @param logPattern the template of the root cause's error line, when it logged one
 * @param metricCondition the condition that deviated, when one was identified
 * @param steps the fix's steps, each one line of YAML ({@link StepSpec#yaml()})
 * @param fixType {@code automated}, {@code wait_and_verify} or {@code escalate}
 */
public record Draft(
    long incident,
    NodeId node,
    Optional<String> logPattern,
    Optional<String> metricCondition,
    String rootCause,
    List<String> steps,
    String fixType,
    Severity severity,
    LocalDate seen) {

  public Draft {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(logPattern, "logPattern");
    Objects.requireNonNull(metricCondition, "metricCondition");
    Objects.requireNonNull(rootCause, "rootCause");
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a learned fix needs at least one step");
    }
    Objects.requireNonNull(fixType, "fixType");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(seen, "seen");
  }

  /** The id a draft proposes: one per incident it was learned from. */
  public KnownErrorId id() {
    return new KnownErrorId("learned-" + incident);
  }

  /** The known error as one item of {@code errors:} in known_errors.yaml. */
  public String yaml() {
    StringBuilder out = new StringBuilder();
    out.append("id: ").append(id()).append('\n');
    out.append("signature:\n");
    out.append("  node: ").append(node).append('\n');
    logPattern.ifPresent(p -> out.append("  log_pattern: ").append(StepSpec.quote(p)).append('\n'));
    metricCondition.ifPresent(
        c -> out.append("  metric_condition: ").append(StepSpec.quote(c)).append('\n'));
    out.append("root_cause: ").append(StepSpec.quote(rootCause)).append('\n');
    out.append("fix:\n  type: ").append(fixType).append('\n');
    out.append("  steps:\n");
    steps.forEach(s -> out.append("    - ").append(s).append('\n'));
    out.append("severity: ").append(severity.yamlName()).append('\n');
    out.append("first_seen: \"").append(seen).append("\"\n");
    out.append("occurrence_count: 1\n");
    return out.toString();
  }

  /** The fix type of these steps: automated when any of them acts. */
  public static String fixType(List<StepSpec> steps) {
    List<String> types = steps.stream().map(StepSpec::type).toList();
    if (types.stream().anyMatch(t -> !PASSIVE.contains(t))) {
      return "automated";
    }
    return types.contains("wait") || types.contains("verify") ? "wait_and_verify" : "escalate";
  }

  private static final List<String> PASSIVE =
      List.of("wait", "verify", "escalate", "escalate_if_failed");
}
