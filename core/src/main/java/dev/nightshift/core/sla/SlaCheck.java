package dev.nightshift.core.sla;

import java.time.Instant;
import java.util.Objects;

/** One measurement of one SLA: which, when, and what it showed. */
public record SlaCheck(Sla sla, Instant at, SlaStatus status) {

  public SlaCheck {
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(status, "status");
  }

  /** "entity_data_freshness 1m13s breaches < 1m" — the words a report starts with. */
  public String describe() {
    return switch (status) {
      case SlaStatus.Met m -> sla.id() + " " + value(m.value()) + " meets " + sla.objective();
      case SlaStatus.Breached b ->
          sla.id() + " " + value(b.value()) + " breaches " + sla.objective();
      case SlaStatus.OutsideWindow o -> sla.id() + " is outside its window " + o.window();
      case SlaStatus.Unmeasured u -> sla.id() + " could not be measured: " + u.reason();
    };
  }

  private String value(double v) {
    // Three decimals are plenty for a report and keep binary fractions (23.300000000000004) out.
    double rounded = Math.round(v * 1000) / 1000.0;
    return new dev.nightshift.core.measure.Quantity(rounded, sla.objective().target().unit())
        .toString();
  }
}
