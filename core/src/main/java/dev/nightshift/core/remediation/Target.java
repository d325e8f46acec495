package dev.nightshift.core.remediation;

import dev.nightshift.core.topology.NodeId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action touches: the tree node it acts on when known, and the concrete resource ({@code
 * container/redis}, {@code process/primary_processes:kafka_to_redis_entity}); cooldowns and locks
 * are keyed on the resource.
 */
public record Target(Optional<NodeId> node, String resource) {

  public Target {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(resource, "resource");
    if (resource.isBlank()) {
      throw new IllegalArgumentException("a target needs a resource");
    }
  }

  /** A target whose resource is {@code kind/name}, e.g. {@code container/redis}. */
  public static Target of(Optional<NodeId> node, String kind, String name) {
    if (kind.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException(
          "a resource needs a kind and a name: '" + kind + "/" + name + "'");
    }
    return new Target(node, kind + "/" + name);
  }

  @Override
  public String toString() {
    return node.map(n -> n + " (" + resource + ")").orElse(resource);
  }
}
