package dev.nightshift.core.pipeline;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.util.Objects;
import java.util.Optional;

/**
 * A signal from outside (Gatus, Alertmanager) that names an SLA, a node, or an alert name that an
 * SLA lists as its {@code gatus_check} or {@code alerts}.
 */
public record ExternalAlert(
    String source,
    Optional<String> name,
    Optional<SlaId> sla,
    Optional<NodeId> node,
    String summary) {

  public ExternalAlert {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(summary, "summary");
    if (name.isEmpty() && sla.isEmpty() && node.isEmpty()) {
      throw new IllegalArgumentException("an alert must name an SLA, a node or an alert name");
    }
  }

  public static ExternalAlert forSla(String source, SlaId sla, String summary) {
    return new ExternalAlert(source, Optional.empty(), Optional.of(sla), Optional.empty(), summary);
  }

  public static ExternalAlert forNode(String source, NodeId node, String summary) {
    return new ExternalAlert(
        source, Optional.empty(), Optional.empty(), Optional.of(node), summary);
  }
}
