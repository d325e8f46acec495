package dev.nightshift.core.incident;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an incident's remediation stands, kept in the store so that a restarted agent picks up
 * exactly where it stopped (which step, which attempt, what it is waiting for).
 *
 * @param attempt the current attempt, from 1; an attempt is one run of a fix's steps
 * @param step the index of the next step of the fix to run
 * @param wakeAt when the incident wants to be looked at next (a wait, an after_failure delay)
 * @param deadline when the current verify or approval gives up
 * @param relatedTo the incident this one follows while {@code CORRELATED}
 */
public record Progress(
    Optional<NodeId> rootCause,
    Optional<KnownErrorId> knownError,
    int attempt,
    int step,
    Optional<Instant> wakeAt,
    Optional<Instant> deadline,
    Optional<IncidentId> relatedTo) {

  public static final Progress START =
      new Progress(
          Optional.empty(),
          Optional.empty(),
          0,
          0,
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public Progress {
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(knownError, "knownError");
    Objects.requireNonNull(wakeAt, "wakeAt");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(relatedTo, "relatedTo");
    if (attempt < 0 || step < 0) {
      throw new IllegalArgumentException("attempt and step must be >= 0: " + attempt + ", " + step);
    }
  }

  /** A new attempt at a fix: step 0, nothing pending. */
  public Progress startAttempt(Optional<NodeId> cause, Optional<KnownErrorId> error) {
    return new Progress(
        cause, error, attempt + 1, 0, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The root cause a walk found, without a fix to run. */
  public Progress diagnosed(NodeId cause) {
    return new Progress(
        Optional.of(cause),
        knownError,
        attempt,
        step,
        Optional.empty(),
        Optional.empty(),
        relatedTo);
  }

  public Progress atStep(int next) {
    return new Progress(
        rootCause, knownError, attempt, next, Optional.empty(), Optional.empty(), relatedTo);
  }

  public Progress wakeAt(Instant at) {
    return new Progress(rootCause, knownError, attempt, step, Optional.of(at), deadline, relatedTo);
  }

  public Progress deadline(Instant at) {
    return new Progress(rootCause, knownError, attempt, step, wakeAt, Optional.of(at), relatedTo);
  }

  public Progress following(IncidentId other) {
    return new Progress(
        rootCause,
        knownError,
        attempt,
        step,
        Optional.empty(),
        Optional.empty(),
        Optional.of(other));
  }

  public boolean isDue(Instant now) {
    return wakeAt.map(w -> !now.isBefore(w)).orElse(true);
  }
}
