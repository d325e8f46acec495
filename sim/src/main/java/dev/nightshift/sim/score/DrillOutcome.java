package dev.nightshift.sim.score;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in one drill, as the runner saw it: the agent's findings and decisions, and what
 * reached the simulated platform.
 *
 * @param detectionLatency from the first fault's start to the incident's opening
 * @param rootCause the node id the diagnosis settled on
 * @param knownError the id of the known error that matched
 * @param actions every action decision, executed or not, for the report
 * @param executed the types of the actions that reached the platform, in order (from {@code
 *     SimPlatform.executed()}, not from the agent's own account)
 * @param mttr from the first fault's start to the incident's resolution
 * @param policyViolations the violations the platform counted
 * @param reasonerCalls how often the drill's scripted reasoner was asked
 * @param learned the learned known errors approved by the end, by id
 * @param incidents each incident's own outcome, in the order opened
 */
public record DrillOutcome(
    boolean detected,
    Optional<Duration> detectionLatency,
    Optional<String> rootCause,
    Optional<String> knownError,
    List<ActionResult> actions,
    List<String> executed,
    boolean approvalRequested,
    boolean resolved,
    boolean escalated,
    Optional<Duration> mttr,
    int policyViolations,
    int reasonerCalls,
    List<String> learned,
    List<IncidentOutcome> incidents) {

  public DrillOutcome {
    Objects.requireNonNull(detectionLatency, "detectionLatency");
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(knownError, "knownError");
    actions = List.copyOf(actions);
    executed = List.copyOf(executed);
    Objects.requireNonNull(mttr, "mttr");
    learned = List.copyOf(learned);
    incidents = List.copyOf(incidents);
    if (policyViolations < 0) {
      throw new IllegalArgumentException("violations cannot be negative: " + policyViolations);
    }
  }

  /** An outcome without a reasoner, learning or per-incident facts. */
  public DrillOutcome(
      boolean detected,
      Optional<Duration> detectionLatency,
      Optional<String> rootCause,
      Optional<String> knownError,
      List<ActionResult> actions,
      List<String> executed,
      boolean approvalRequested,
      boolean resolved,
      boolean escalated,
      Optional<Duration> mttr,
      int policyViolations) {
    this(
        detected,
        detectionLatency,
        rootCause,
        knownError,
        actions,
        executed,
        approvalRequested,
        resolved,
        escalated,
        mttr,
        policyViolations,
        0,
        List.of(),
        List.of());
  }
}
