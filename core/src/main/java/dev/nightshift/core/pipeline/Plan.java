package dev.nightshift.core.pipeline;

import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.remediation.Step;
import java.util.List;
import java.util.Optional;

/**
 * The steps an incident's current attempt runs: a known error's fix, or a reasoner's validated
 * proposal.
 *
 * @param knownError the known error whose fix it is; empty for a proposal
 * @param recheck what must still hold just before an action runs
 */
record Plan(List<Step> steps, Optional<KnownError> knownError, Signature recheck) {

  Plan {
    steps = List.copyOf(steps);
  }

  boolean fromKnownError() {
    return knownError.isPresent();
  }
}
