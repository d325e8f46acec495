package dev.nightshift.sim.drill;

import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.topology.DependencyTree;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an agent configuration a drill needs: what the agent knows and may do.
 *
 * @param slaInterval how often SLAs without their own interval are measured
 */
public record AgentSetup(
    DependencyTree tree,
    List<KnownError> knownErrors,
    Policy policy,
    Duration slaInterval,
    int maxConcurrentIncidents) {

  public AgentSetup {
    Objects.requireNonNull(tree, "tree");
    knownErrors = List.copyOf(knownErrors);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(slaInterval, "slaInterval");
  }
}
