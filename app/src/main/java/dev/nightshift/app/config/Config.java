package dev.nightshift.app.config;

import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.topology.DependencyTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A whole, valid configuration: the agent's settings, the dependency tree, the known errors and the
 * safety policy.
 *
 * @param location the directory or main file it was loaded from
 * @param reader reads learned known errors and proposed steps against this configuration
 */
public record Config(
    Path location,
    AgentSettings agent,
    DependencyTree tree,
    List<KnownError> knownErrors,
    Policy policy,
    KnownErrorReader reader) {

  public Config {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(tree, "tree");
    knownErrors = List.copyOf(knownErrors);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reader, "reader");
  }
}
