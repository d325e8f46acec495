package dev.nightshift.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a drill expects of the agent; every key is optional, and only the keys a scenario writes are
 * checked.
 *
 * @param rootCause a node id, or {@link #NONE} for "no root cause found"
 * @param knownError a known error's id, or {@link #NONE} for "no known error matched"
 * @param actions the types of the mutating actions executed, in order; an empty list means nothing
 *     was executed
 * @param reasonerCalls how often the scripted reasoner was asked
 * @param learned the learned known errors approved by the end, by id
 * @param incidents what each incident, in the order opened, is expected to show
 */
public record Expectations(
    Optional<Boolean> detected,
    Optional<String> rootCause,
    Optional<String> knownError,
    Optional<List<String>> actions,
    Optional<Boolean> approvalRequested,
    Optional<Boolean> resolved,
    Optional<Boolean> escalated,
    Optional<Duration> maxDetectionLatency,
    Optional<Duration> maxMttr,
    Optional<Integer> policyViolations,
    Optional<Integer> reasonerCalls,
    Optional<List<String>> learned,
    Optional<List<IncidentExpectations>> incidents) {

  /** The word for "there is none" in {@code root_cause} and {@code known_error}. */
  public static final String NONE = "none";

  /** A scenario that expects nothing. */
  public static final Expectations NOTHING =
      new Expectations(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public Expectations {
    Objects.requireNonNull(detected, "detected");
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(knownError, "knownError");
    actions = actions.map(List::copyOf);
    Objects.requireNonNull(approvalRequested, "approvalRequested");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(escalated, "escalated");
    Objects.requireNonNull(maxDetectionLatency, "maxDetectionLatency");
    Objects.requireNonNull(maxMttr, "maxMttr");
    Objects.requireNonNull(policyViolations, "policyViolations");
    Objects.requireNonNull(reasonerCalls, "reasonerCalls");
    learned = learned.map(List::copyOf);
    incidents = incidents.map(List::copyOf);
    maxDetectionLatency.ifPresent(d -> requireNotNegative(d, "max_detection_latency"));
    maxMttr.ifPresent(d -> requireNotNegative(d, "max_mttr"));
    policyViolations.ifPresent(n -> {
      if (n < 0) {
        throw new IllegalArgumentException("policy_violations cannot be negative: " + n);
      }
    });
  }

  /** Expectations without the reasoner, learning and per-incident keys. */
  public Expectations(
      Optional<Boolean> detected,
      Optional<String> rootCause,
      Optional<String> knownError,
      Optional<List<String>> actions,
      Optional<Boolean> approvalRequested,
      Optional<Boolean> resolved,
      Optional<Boolean> escalated,
      Optional<Duration> maxDetectionLatency,
      Optional<Duration> maxMttr,
      Optional<Integer> policyViolations) {
    this(
        detected,
        rootCause,
        knownError,
        actions,
        approvalRequested,
        resolved,
        escalated,
        maxDetectionLatency,
        maxMttr,
        policyViolations,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static void requireNotNegative(Duration value, String name) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " cannot be negative: " + value);
    }
  }
}
