package dev.nightshift.core.incident;

import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the store needs to open an incident; it answers with the {@link Incident} and its id. */
public record NewIncident(SlaId sla, Severity severity, String trigger, Instant openedAt) {

  public NewIncident {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(openedAt, "openedAt");
  }

  /** The incident as it is when opened: detected, with the id the store gave it. */
  public Incident opened(IncidentId id) {
    return new Incident(
        id,
        sla,
        severity,
        IncidentState.DETECTED,
        trigger,
        openedAt,
        openedAt,
        Optional.empty(),
        Progress.START,
        Optional.empty());
  }
}
