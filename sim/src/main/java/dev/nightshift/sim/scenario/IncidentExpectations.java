package dev.nightshift.sim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a drill expects of one incident, in the order they were opened; every key optional. A drill
 * with several incidents says with these what the drill-wide keys cannot: which incident was fixed
 * from memory and which by a proposal.
 *
 * @param knownError a known error's id, or {@link Expectations#NONE}
 * @param actions the types of the actions executed for this incident, in order
 */
public record IncidentExpectations(
    Optional<String> rootCause,
    Optional<String> knownError,
    Optional<List<String>> actions,
    Optional<Boolean> approvalRequested,
    Optional<Boolean> resolved,
    Optional<Boolean> escalated) {

  public IncidentExpectations {
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(knownError, "knownError");
    actions = actions.map(List::copyOf);
    Objects.requireNonNull(approvalRequested, "approvalRequested");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(escalated, "escalated");
  }
}
