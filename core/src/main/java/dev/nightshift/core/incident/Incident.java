package dev.nightshift.core.incident;

import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One breach of one SLA, from detection to resolution or escalation. Immutable: every change is a
 * new value that the pipeline saves, after {@link Transitions} has allowed it.
 *
 * @param trigger what opened it, in words ("entity_data_freshness 73s breaches < 60s")
 * @param report the human-readable report, written when the incident ends
 */
public record Incident(
    IncidentId id,
    SlaId sla,
    Severity severity,
    IncidentState state,
    String trigger,
    Instant openedAt,
    Instant updatedAt,
    Optional<Instant> closedAt,
    Progress progress,
    Optional<String> report) {

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(report, "report");
    if (state.isTerminal() != closedAt.isPresent()) {
      throw new IllegalArgumentException("an incident is closed exactly when its state is final");
    }
  }

  /** A legal state change at {@code now}; closing states stamp {@code closedAt}. */
  public Incident moveTo(IncidentState next, Instant now) {
    Transitions.require(state, next);
    return new Incident(
        id,
        sla,
        severity,
        next,
        trigger,
        openedAt,
        now,
        next.isTerminal() ? Optional.of(now) : Optional.empty(),
        progress,
        report);
  }

  public Incident with(Progress next, Instant now) {
    return new Incident(id, sla, severity, state, trigger, openedAt, now, closedAt, next, report);
  }

  public Incident withReport(String text) {
    return new Incident(
        id,
        sla,
        severity,
        state,
        trigger,
        openedAt,
        updatedAt,
        closedAt,
        progress,
        Optional.of(text));
  }

  public boolean isOpen() {
    return !state.isTerminal();
  }
}
