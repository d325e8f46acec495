package dev.nightshift.sim.score;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of one drill (DESIGN §6): what the agent did, and each expectation checked; it passed
 * when every check is ok.
 */
public record DrillResult(
    String scenario,
    boolean passed,
    boolean detected,
    Optional<Duration> detectionLatency,
    Optional<String> rootCause,
    Optional<String> knownError,
    List<ActionResult> actions,
    boolean resolved,
    boolean escalated,
    Optional<Duration> mttr,
    int policyViolations,
    List<Check> checks) {

  public DrillResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(detectionLatency, "detectionLatency");
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(knownError, "knownError");
    actions = List.copyOf(actions);
    Objects.requireNonNull(mttr, "mttr");
    checks = List.copyOf(checks);
    if (passed != checks.stream().allMatch(Check::ok)) {
      throw new IllegalArgumentException("a drill passes exactly when every check is ok");
    }
  }

  /** The checks that failed. */
  public List<Check> failures() {
    return checks.stream().filter(c -> !c.ok()).toList();
  }
}
