package dev.nightshift.sim.drill;

import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.topology.DependencyTree;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an agent configuration a drill needs: what the agent knows and may do.
 *
 * @param reasoning the reasoner for unexplained failures: none, or a scripted one in a drill
 * @param slaInterval how often SLAs without their own interval are measured
 */
public record AgentSetup(
    DependencyTree tree,
    List<KnownError> knownErrors,
    KnownErrorReader reader,
    Reasoning reasoning,
    Policy policy,
    Duration slaInterval,
    int maxConcurrentIncidents) {

  public AgentSetup {
    Objects.requireNonNull(tree, "tree");
    knownErrors = List.copyOf(knownErrors);
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(slaInterval, "slaInterval");
  }
}
