package dev.nightshift.sim.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one incident of a drill.
 *
 * @param executed the types of this incident's actions that reached the platform, in order
 */
public record IncidentOutcome(
    Optional<String> rootCause,
    Optional<String> knownError,
    List<String> executed,
    boolean approvalRequested,
    boolean resolved,
    boolean escalated) {

  public IncidentOutcome {
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(knownError, "knownError");
    executed = List.copyOf(executed);
  }
}
