package dev.nightshift.core.notify;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.Correlation;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The few sentences a human reads first: what broke, why, what was done, how it ended. */
final class Summary {

  private Summary() {}

  static String of(
      Incident incident,
      TimelineFacts facts,
      Optional<KnownError> knownError,
      List<ActionRecord> actions,
      List<ChangeEvent> suspects) {
    List<String> sentences = new ArrayList<>();
    sentences.add(incident.sla() + " broke: " + incident.trigger() + ".");
    facts
        .last(EventType.DIAGNOSED)
        .map(TimelineEvent::message)
        .ifPresent(d -> sentences.add("Diagnosis: " + d + "."));
    knownError.ifPresent(
        e -> sentences.add("It matches known error " + e.id() + " (" + e.rootCause() + ")."));
    if (knownError.isEmpty() && facts.has(EventType.NO_KNOWN_ERROR)) {
      sentences.add("No known error explains it.");
    }
    suspects.stream()
        .findFirst()
        .ifPresent(c ->
            sentences.add(
                "A change is suspect: " + Correlation.describe(c, incident.openedAt()) + "."));
    sentences.add(done(actions));
    sentences.add(ending(incident, facts));
    return sentences.stream().map(s -> s.replace("..", ".")).collect(Collectors.joining(" "));
  }

  private static String done(List<ActionRecord> actions) {
    if (actions.isEmpty()) {
      return "Nightshift took no action.";
    }
    return "Nightshift "
        + actions.stream()
            .map(a -> verb(a.outcome()) + " " + a.type() + " on " + a.resource())
            .collect(Collectors.joining(", "))
        + ".";
  }

  private static String verb(ActionOutcome outcome) {
    return switch (outcome) {
      case EXECUTED -> "ran";
      case FAILED -> "tried and failed to run";
      case INTENDED -> "only logged (did not run)";
      case DENIED -> "was denied";
      case PENDING_APPROVAL -> "asked approval for";
    };
  }

  private static String ending(Incident incident, TimelineFacts facts) {
    Optional<TimelineEvent> closing = facts.closing();
    if (closing.isEmpty() || incident.isOpen()) {
      return "It is still open (" + incident.state().wireName() + ").";
    }
    String how =
        incident.state().wireName().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
            + incident.state().wireName().substring(1);
    return how + ": " + closing.get().message() + ".";
  }
}
