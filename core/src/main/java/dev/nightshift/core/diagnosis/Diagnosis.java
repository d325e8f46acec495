package dev.nightshift.core.diagnosis;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One walk of the tree under an SLA: every node's finding in walk order, and the root cause. */
public record Diagnosis(
    SlaId sla,
    Instant startedAt,
    Instant finishedAt,
    List<NodeFinding> findings,
    RootCause rootCause) {

  public Diagnosis {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    findings = List.copyOf(findings);
    Objects.requireNonNull(rootCause, "rootCause");
  }

  public Optional<NodeFinding> finding(NodeId node) {
    return findings.stream().filter(f -> f.node().equals(node)).findFirst();
  }

  /** The primary root-cause node, when one was located. */
  public Optional<NodeId> primaryCause() {
    return rootCause instanceof RootCause.Located l ? Optional.of(l.primary()) : Optional.empty();
  }
}
