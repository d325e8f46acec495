package dev.nightshift.core.pipeline;

import dev.nightshift.core.change.Correlation;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.sla.SlaMonitor;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Saves state changes, and ends incidents: the final event, what the known-error memory learns, the
 * report kept with the incident, and the notification.
 */
final class Closing {

  private final Parts parts;
  private final Journal journal;
  private final SlaMonitor monitor;
  private final Plans plans;
  private final Teaching teaching;

  Closing(Parts parts, Journal journal, SlaMonitor monitor, Plans plans, Teaching teaching) {
    this.parts = parts;
    this.journal = journal;
    this.monitor = monitor;
    this.plans = plans;
    this.teaching = teaching;
  }

  Incident save(Incident incident) {
    parts.stores().incidents().save(incident);
    return incident;
  }

  Incident move(Incident incident, IncidentState next, String why) {
    Incident moved = incident.moveTo(next, now());
    journal.record(
        moved,
        EventType.STATE_CHANGED,
        incident.state() + " -> " + next + ": " + why,
        Map.of("from", incident.state().toString(), "to", next.toString()));
    return save(moved);
  }

  Incident resolve(Incident incident, String why) {
    if (fixWorked(incident)) {
      incident
          .progress()
          .knownError()
          .ifPresent(
              id -> learn(id, s -> s.succeeded(Duration.between(incident.openedAt(), now()))));
    }
    // Learned before the report is written, so the report says what to approve.
    if (incident.progress().knownError().isEmpty() && fixWorked(incident)) {
      plans.proposal(incident).flatMap(p -> teaching.fromProposal(incident, p));
    }
    return close(incident, IncidentState.RESOLVED, EventType.RESOLVED, why);
  }

  // A success of a fix is the fix itself working: not a follower's (its leader's fix did), not a
  // recovery before any of its actions ran, not a recovery without any plan.
  private boolean fixWorked(Incident incident) {
    if (incident.progress().relatedTo().isPresent() || incident.progress().attempt() == 0) {
      return false;
    }
    Optional<KnownErrorId> known = incident.progress().knownError();
    if (known.isEmpty() && plans.proposal(incident).isEmpty()) {
      return false;
    }
    boolean hasActions =
        known.isEmpty()
            || parts
                .knownErrors()
                .find(known.get())
                .map(e -> !e.fix().actions().isEmpty())
                .orElse(true); // gone since a restart: count it a success only if an action ran
    return !hasActions
        || parts.stores().actions().forIncident(incident.id().value()).stream()
            .anyMatch(r -> r.outcome() == ActionOutcome.EXECUTED);
  }

  Incident escalate(Incident incident, String why) {
    return close(incident, IncidentState.ESCALATED, EventType.ESCALATED, why);
  }

  /** A fix that failed or did not work: try again from a fresh walk, or give up. */
  Incident failedAttempt(Incident incident, String why) {
    incident.progress().knownError().ifPresent(this::learnFailure);
    int attempt = incident.progress().attempt();
    int limit = parts.policy().limits().attemptsPerIncident();
    if (attempt >= limit) {
      return escalate(incident, "attempt " + attempt + " of " + limit + " failed: " + why);
    }
    return move(
        incident,
        IncidentState.DIAGNOSING,
        "attempt " + attempt + " failed (" + why + "); trying again");
  }

  void learnOccurrence(KnownErrorId id) {
    learn(id, s -> s.occurred(now()));
  }

  void learnFailure(KnownErrorId id) {
    learn(id, KnownErrorStats::failed);
  }

  private void learn(KnownErrorId id, java.util.function.UnaryOperator<KnownErrorStats> change) {
    KnownErrorStats current =
        parts
            .stores()
            .knownErrors()
            .find(id)
            .orElseGet(() -> KnownErrorStats.seed(parts.knownError(id)));
    parts.stores().knownErrors().save(change.apply(current));
  }

  private Incident close(Incident incident, IncidentState state, EventType type, String why) {
    Map<String, String> facts = Map.of("sla_now", monitor.measure(incident.sla()).describe());
    Incident closed = incident.moveTo(state, now());
    journal.record(closed, type, why, facts);
    String report =
        new ReportWriter(parts.tree(), parts.knownErrors().all(), parts.reasoning().runbooks())
            .write(
                closed,
                parts.stores().timeline().events(closed.id()),
                parts.stores().actions().forIncident(closed.id().value()),
                parts
                    .stores()
                    .changes()
                    .between(closed.openedAt().minus(Correlation.WINDOW), now().plusMillis(1)));
    Incident reported = save(closed.withReport(report));
    journal.record(
        reported, EventType.REPORTED, "report written (" + report.lines().count() + " lines)");
    parts.notifier().notify(new Notice.Closed(reported, report));
    return reported;
  }

  private Instant now() {
    return parts.clock().instant();
  }
}
