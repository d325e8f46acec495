package dev.nightshift.core.incident;

import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.time.Instant;
import java.util.Objects;

/** What the store needs to open an incident; it answers with the {@link Incident} and its id. */
public record NewIncident(SlaId sla, Severity severity, String trigger, Instant openedAt) {

  public NewIncident {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(openedAt, "openedAt");
  }
}
