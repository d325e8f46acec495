package dev.nightshift.core.sla;

import java.util.Objects;

/** The result of measuring one SLA once. */
public sealed interface SlaStatus {

  /** The indicator is within the objective. */
  record Met(double value) implements SlaStatus {}

  /** The indicator is outside the objective inside the SLA's window: an incident opens. */
  record Breached(double value) implements SlaStatus {}

  /** The SLA does not apply now (outside business hours); nothing is measured. */
  record OutsideWindow(String window) implements SlaStatus {
    public OutsideWindow {
      Objects.requireNonNull(window, "window");
    }
  }

  /** The indicator could not be measured, or the SLA has none (it opens on alerts only). */
  record Unmeasured(String reason) implements SlaStatus {
    public Unmeasured {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
