package dev.nightshift.sim.scenario;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.Objects;

/**
 * An external alert (Alertmanager, a Gatus check) that the runner injects at a time in the drill,
 * naming an SLA or a node.
 */
public sealed interface ScheduledAlert {

  /** The time after the scenario's start. */
  Duration at();

  /** An alert that names an SLA. */
  record ForSla(Duration at, SlaId sla) implements ScheduledAlert {
    public ForSla {
      requireAt(at);
      Objects.requireNonNull(sla, "sla");
    }
  }

  /** An alert that names a node of the tree. */
  record ForNode(Duration at, NodeId node) implements ScheduledAlert {
    public ForNode {
      requireAt(at);
      Objects.requireNonNull(node, "node");
    }
  }

  private static void requireAt(Duration at) {
    Objects.requireNonNull(at, "at");
    if (at.isNegative()) {
      throw new IllegalArgumentException("an alert cannot come before the start: " + at);
    }
  }
}
