package dev.nightshift.core.pipeline;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.Draft;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.Learning;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a closed incident into a proposed known error: from the reasoner's proposal that fixed it,
 * or from what a human records fixed it. The signature is what the walk saw at the root cause (the
 * node, the template of its error line) plus the metric condition the proposal or the human named.
 */
public final class Teaching {

  /** Facts of a {@code no_known_error} event: the signature seen. */
  static final String SIGNATURE_NODE = "signature_node";

  static final String LOG_PATTERN = "log_pattern";

  /** The fact of a {@code learned} event naming the proposed known error. */
  public static final String KNOWN_ERROR = "known_error";

  /** Facts of a {@code hypothesized} event used for learning. */
  static final String EXPLANATION = "explanation";

  private final Stores stores;
  private final Learning learning;
  private final Clock clock;

  public Teaching(Stores stores, Learning learning, Clock clock) {
    this.stores = stores;
    this.learning = learning;
    this.clock = clock;
  }

  /**
   * Records what a human says fixed a closed incident and proposes it as a known error; a human
   * approves it (possibly the same one) before it is ever matched.
   */
  public Checked<LearnedKnownError> recordFix(
      IncidentId id,
      String rootCause,
      List<StepSpec> steps,
      Optional<String> metricCondition,
      String by) {
    Optional<Incident> found = stores.incidents().find(id);
    if (found.isEmpty()) {
      return invalid("there is no incident " + id);
    }
    Incident incident = found.get();
    if (incident.closedAt().isEmpty()) {
      return invalid(
          "incident "
              + id
              + " is still "
              + incident.state()
              + ": record its fix once it is closed");
    }
    if (incident.progress().knownError().isPresent()) {
      return invalid(
          "incident "
              + id
              + " was explained by "
              + incident.progress().knownError().get()
              + ": change that known error instead");
    }
    if (rootCause.isBlank() || steps.isEmpty()) {
      return invalid("say what the root cause was and at least one step that fixed it");
    }
    Optional<TimelineEvent> seen = signature(incident);
    Optional<NodeId> node =
        seen.map(e -> new NodeId(e.facts().get(SIGNATURE_NODE)))
            .or(() -> incident.progress().rootCause());
    if (node.isEmpty()) {
      return invalid("incident " + id + " has no located root cause to learn a signature from");
    }
    Draft draft =
        new Draft(
            id.value(),
            node.get(),
            seen.map(e -> e.facts().get(LOG_PATTERN)),
            metricCondition,
            rootCause,
            steps.stream().map(StepSpec::yaml).toList(),
            Draft.fixType(steps),
            incident.severity(),
            LocalDate.ofInstant(incident.openedAt(), ZoneOffset.UTC));
    return propose(incident, draft, "human:" + by);
  }

  /** Proposes what a verified reasoner proposal taught, when this incident was fixed by one. */
  Optional<Checked<LearnedKnownError>> fromProposal(Incident incident, TimelineEvent proposal) {
    Map<String, String> facts = proposal.facts();
    Optional<NodeId> node = incident.progress().rootCause();
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Draft draft =
        new Draft(
            incident.id().value(),
            node.get(),
            signature(incident).map(e -> e.facts().get(LOG_PATTERN)),
            Optional.ofNullable(facts.get(Plans.METRIC_CONDITION)),
            facts.getOrDefault(EXPLANATION, proposal.message()),
            List.of(facts.get(Plans.STEP)),
            "automated",
            incident.severity(),
            LocalDate.ofInstant(incident.openedAt(), ZoneOffset.UTC));
    return Optional.of(propose(incident, draft, "reasoner"));
  }

  private Checked<LearnedKnownError> propose(Incident incident, Draft draft, String source) {
    Checked<LearnedKnownError> result = learning.propose(draft, source);
    String message =
        switch (result) {
          case Checked.Ok<LearnedKnownError> ok ->
              "proposed known error "
                  + ok.value().id()
                  + " from what fixed it ("
                  + source
                  + "); a human approves it before it is used";
          case Checked.Invalid<LearnedKnownError> bad ->
              "could not propose a known error: " + String.join("; ", bad.problems());
        };
    Map<String, String> facts =
        result instanceof Checked.Ok<LearnedKnownError> ok
            ? Map.of(KNOWN_ERROR, ok.value().id().toString())
            : Map.of();
    TimelineEvent event = new TimelineEvent(clock.instant(), EventType.LEARNED, message, facts);
    stores.timeline().append(incident.id(), event);
    stores
        .audit()
        .append(
            new AuditRecord(
                event.at(), source, "incident.learned", "incident " + incident.id(), message));
    return result;
  }

  private Optional<TimelineEvent> signature(Incident incident) {
    return stores.timeline().events(incident.id()).reversed().stream()
        .filter(e -> e.type() == EventType.NO_KNOWN_ERROR && e.facts().containsKey(SIGNATURE_NODE))
        .findFirst();
  }

  private static Checked<LearnedKnownError> invalid(String problem) {
    return new Checked.Invalid<>(List.of(problem));
  }
}
