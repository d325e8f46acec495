package dev.nightshift.core.pipeline;

import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.diagnosis.RootCause;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.Sample;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts a walk into the timeline: one event per node with its evidence, then the root cause. */
final class Findings {

  /** Error lines kept per node: enough to recognise the error, not a log dump. */
  static final int MAX_LINES = 5;

  private Findings() {}

  static void record(Journal journal, Incident incident, Diagnosis diagnosis) {
    for (NodeFinding f : diagnosis.findings()) {
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("node", f.node().toString());
      facts.put("status", f.status().toString());
      facts.put("reason", f.health().reason());
      f.health().value().ifPresent(v -> facts.put("value", Quantity.formatNumber(v)));
      if (!f.errors().isEmpty()) {
        facts.put(
            "errors",
            f.errors().stream()
                .limit(MAX_LINES)
                .map(LogLine::text)
                .collect(Collectors.joining("\n")));
      }
      if (!f.metrics().isEmpty()) {
        facts.put(
            "metrics",
            f.metrics().stream().map(Sample::toString).collect(Collectors.joining("\n")));
      }
      if (!f.gaps().isEmpty()) {
        facts.put("gaps", String.join("\n", f.gaps()));
      }
      journal.record(
          incident,
          EventType.NODE_CHECKED,
          f.node() + " is " + f.status() + ": " + f.health().reason(),
          facts);
    }
    Map<String, String> facts = new LinkedHashMap<>();
    if (diagnosis.rootCause() instanceof RootCause.Located l) {
      facts.put(
          "root_cause", l.nodes().stream().map(Object::toString).collect(Collectors.joining(",")));
    }
    journal.record(incident, EventType.DIAGNOSED, diagnosis.rootCause().reason(), facts);
  }
}
