package dev.nightshift.core.topology;

import dev.nightshift.core.sla.SlaId;
import java.util.List;
import java.util.Objects;

/**
 * What breaks if a node goes down: every SLA and node that depends on it, directly or not.
 *
 * @param nodes the dependent nodes, nearest first
 */
public record Impact(NodeId node, List<SlaId> slas, List<NodeId> nodes) {

  public Impact {
    Objects.requireNonNull(node, "node");
    slas = List.copyOf(slas);
    nodes = List.copyOf(nodes);
  }
}
