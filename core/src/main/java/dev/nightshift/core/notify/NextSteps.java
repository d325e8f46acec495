package dev.nightshift.core.notify;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.Correlation;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import java.util.ArrayList;
import java.util.List;

/** What a human should do now, derived from how the incident went, most useful first. */
final class NextSteps {

  private NextSteps() {}

  static List<String> of(
      Incident incident,
      TimelineFacts facts,
      List<ActionRecord> actions,
      List<ChangeEvent> suspects) {
    List<String> steps = new ArrayList<>();
    if (incident.state() == IncidentState.AWAITING_APPROVAL) {
      steps.add(
          "Approve or deny: nightshift approve "
              + incident.id()
              + " (or deny it); nothing runs until a human answers");
    }
    boolean blind = facts.closing().map(e -> e.message().startsWith("blind below")).orElse(false);
    if (blind) {
      for (PathStep step : facts.path()) {
        if (step.status().equals("unknown")) {
          steps.add(
              "Check "
                  + step.node()
                  + ": it could not be checked"
                  + (step.gaps().isEmpty() ? "" : " (" + String.join("; ", step.gaps()) + ")"));
        }
      }
    }
    for (ChangeEvent c : suspects) {
      steps.add(
          "Consider rolling back "
              + c.service()
              + " "
              + c.version()
              + " deployed "
              + Correlation.relative(c.at(), incident.openedAt()));
    }
    boolean external = facts.closing().map(e -> e.message().contains(" is external")).orElse(false);
    if (external) {
      steps.add(
          "Tell the owner of "
              + facts.rootCause().stream().findFirst().orElse("the failing dependency")
              + ": it is outside Nightshift's reach");
    } else if (learned(facts).isPresent()) {
      steps.add(
          "Approve or edit the proposed known error "
              + learned(facts).get()
              + " ('nightshift known-errors show "
              + learned(facts).get()
              + "'), so the next occurrence is handled from memory");
    } else if (facts.has(EventType.NO_KNOWN_ERROR)) {
      String cause = facts.rootCause().stream().findFirst().orElse("this failure");
      steps.add(
          "Write a known error for "
              + cause
              + " (its signature and fix) so the next occurrence is handled, or record what fixed"
              + " it with 'nightshift learn "
              + incident.id()
              + "'");
    }
    for (ActionRecord a : actions) {
      if (a.outcome() == ActionOutcome.DENIED) {
        steps.add("Review why " + a.type() + " on " + a.resource() + " was denied: " + a.detail());
      } else if (a.outcome() == ActionOutcome.PENDING_APPROVAL && !incident.isOpen()) {
        steps.add("An approval for " + a.type() + " expired unanswered; run it by hand if needed");
      }
    }
    if (incident.state() == IncidentState.ESCALATED && steps.isEmpty()) {
      steps.add(
          "A human takes over from here: "
              + facts.closing().map(TimelineEvent::message).orElse("see the path and evidence"));
    }
    return steps;
  }

  // The known error this incident taught, when one was proposed from it.
  private static java.util.Optional<String> learned(TimelineFacts facts) {
    return facts.last(EventType.LEARNED).map(e -> e.facts().get("known_error"));
  }
}
