package dev.nightshift.core.topology;

import dev.nightshift.core.sla.Sla;
import java.util.List;
import java.util.Objects;

/** An SLA at the top of the tree with the nodes it directly depends on. */
public record SlaRoot(Sla sla, List<NodeId> dependsOn) {

  public SlaRoot {
    Objects.requireNonNull(sla, "sla");
    dependsOn = List.copyOf(dependsOn);
    if (dependsOn.stream().distinct().count() != dependsOn.size()) {
      throw new IllegalArgumentException("SLA " + sla.id() + " lists a dependency twice");
    }
  }
}
