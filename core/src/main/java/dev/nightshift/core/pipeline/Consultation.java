package dev.nightshift.core.pipeline;

import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.reasoning.Outcome;
import dev.nightshift.core.topology.NodeId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the reasoner about a failure no known error explains. Its validated proposal becomes the
 * plan of a new attempt and goes through the policy gate like any fix; anything else goes to a
 * human with the hypothesis in the report.
 */
final class Consultation {

  private final Parts parts;
  private final Journal journal;
  private final Closing closing;
  private final Remediation remediation;
  private final Investigator investigator;

  Consultation(
      Parts parts,
      Journal journal,
      Closing closing,
      Remediation remediation,
      Investigator investigator) {
    this.parts = parts;
    this.journal = journal;
    this.closing = closing;
    this.remediation = remediation;
    this.investigator = investigator;
  }

  Incident consult(Incident incident, NodeId cause, Diagnosis diagnosis) {
    Outcome outcome =
        investigator.investigate(incident.id().value(), diagnosis, incident.trigger());
    journal.record(
        incident, EventType.HYPOTHESIZED, Investigator.describe(outcome), facts(outcome));
    return switch (outcome) {
      case Outcome.Proposed p -> {
        Incident planned =
            closing.save(
                incident.with(
                    incident.progress().startAttempt(Optional.of(cause), Optional.empty()),
                    parts.clock().instant()));
        yield remediation.run(
            closing.move(
                planned,
                IncidentState.REMEDIATING,
                "running the reasoner's proposal: "
                    + p.hypothesis().action().orElseThrow().type()
                    + " on "
                    + p.hypothesis().action().orElseThrow().node().orElseThrow()));
      }
      case Outcome.Explained e ->
          closing.escalate(
              incident,
              "no known error explains "
                  + cause
                  + "; the reasoner blames "
                  + e.hypothesis().rootCause()
                  + " but proposes no action: a human decides");
      case Outcome.Rejected r ->
          closing.escalate(
              incident,
              "no known error explains "
                  + cause
                  + "; the reasoner's hypothesis was rejected, so a human must diagnose it");
      case Outcome.Unanswered u ->
          closing.escalate(
              incident,
              "no known error explains "
                  + cause
                  + " and the reasoner has no answer ("
                  + u.reason()
                  + "); a human must diagnose it");
    };
  }

  private static Map<String, String> facts(Outcome outcome) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(Plans.OUTCOME, outcome.kind());
    Optional<Hypothesis> hypothesis =
        switch (outcome) {
          case Outcome.Proposed p -> {
            facts.put(Plans.STEP, p.hypothesis().action().orElseThrow().yaml());
            facts.put("reasoner", p.reasoner());
            yield Optional.of(p.hypothesis());
          }
          case Outcome.Explained e -> {
            facts.put("reasoner", e.reasoner());
            yield Optional.of(e.hypothesis());
          }
          case Outcome.Rejected r -> {
            facts.put("reasoner", r.reasoner());
            facts.put("problems", String.join("\n", r.problems()));
            yield Optional.of(r.hypothesis());
          }
          case Outcome.Unanswered u -> Optional.empty();
        };
    hypothesis.ifPresent(h -> {
      facts.put("root_cause", h.rootCause());
      facts.put(Teaching.EXPLANATION, h.explanation());
      facts.put("evidence", String.join("\n", h.evidence()));
      facts.put("next_steps", String.join("\n", h.nextSteps()));
      h.metricCondition().ifPresent(c -> facts.put(Plans.METRIC_CONDITION, c));
      h.confidence().ifPresent(c -> facts.put("confidence", Double.toString(c)));
    });
    return facts;
  }
}
