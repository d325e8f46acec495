package dev.nightshift.core.pipeline;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.Correlation;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.RootCause;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the changes near a breach into the timeline: a deploy shortly before it on a node the walk
 * found unwell, or on the root cause, is the first thing a human asks about.
 */
final class ChangeCorrelation {

  private ChangeCorrelation() {}

  /** Journals each such change once, however many walks the incident takes. */
  static void record(Journal journal, Parts parts, Incident incident, Diagnosis diagnosis) {
    Set<String> seen =
        parts.stores().timeline().events(incident.id()).stream()
            .filter(e -> e.type() == EventType.CHANGE_CORRELATED)
            .map(e -> e.facts().get("service") + " " + e.facts().get("version"))
            .collect(Collectors.toSet());
    List<ChangeEvent> near =
        parts
            .stores()
            .changes()
            .between(
                incident.openedAt().minus(Correlation.WINDOW),
                parts.clock().instant().plusMillis(1));
    for (ChangeEvent change : Correlation.touching(near, suspects(parts, diagnosis))) {
      if (seen.add(change.service() + " " + change.version())) {
        journal.record(
            incident,
            EventType.CHANGE_CORRELATED,
            Correlation.describe(change, incident.openedAt()),
            Map.of(
                "service", change.service(),
                "version", change.version(),
                "at", change.at().toString()));
      }
    }
  }

  // The root cause and every node not found healthy (an unknown one may be the cause).
  private static List<Node> suspects(Parts parts, Diagnosis diagnosis) {
    Set<NodeId> ids =
        new LinkedHashSet<>(
            diagnosis.rootCause() instanceof RootCause.Located l ? l.nodes() : List.of());
    diagnosis.findings().stream()
        .filter(f -> f.status() != HealthStatus.HEALTHY)
        .forEach(f -> ids.add(f.node()));
    return ids.stream().flatMap(id -> parts.tree().node(id).stream()).toList();
  }
}
