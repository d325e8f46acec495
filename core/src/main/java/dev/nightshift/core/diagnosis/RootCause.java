package dev.nightshift.core.diagnosis;

import dev.nightshift.core.topology.NodeId;
import java.util.List;
import java.util.Objects;

/** Where the walk says the problem is, or why it cannot say. */
public sealed interface RootCause {

  String reason();

  /**
   * The deepest abnormal nodes whose own dependencies are healthy, in walk order.
   *
   * @param unchecked dependencies of these nodes that could not be checked: the real cause may be
   *     among them, so the agent is blind there and must not act on this location
   * @param reason why these nodes, including any dependency that could not be checked
   */
  record Located(List<NodeId> nodes, List<NodeId> unchecked, String reason) implements RootCause {
    public Located {
      nodes = List.copyOf(nodes);
      if (nodes.isEmpty()) {
        throw new IllegalArgumentException("a located root cause names at least one node");
      }
      unchecked = List.copyOf(unchecked);
      Objects.requireNonNull(reason, "reason");
    }

    public Located(List<NodeId> nodes, String reason) {
      this(nodes, List.of(), reason);
    }

    /** Whether every dependency of the located nodes was checked, so acting on them is informed. */
    public boolean isCertain() {
      return unchecked.isEmpty();
    }

    public NodeId primary() {
      return nodes.getFirst();
    }
  }

  /** Nothing abnormal was seen, but some nodes could not be checked: never read as healthy. */
  record Undetermined(List<NodeId> unknown, String reason) implements RootCause {
    public Undetermined {
      unknown = List.copyOf(unknown);
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Every node on the path is healthy. */
  record NoneFound(String reason) implements RootCause {
    public NoneFound {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
