package dev.nightshift.core.sla;

import java.util.Objects;

/** One measurement of an SLA's indicator, or why there is none (never read as "within SLA"). */
public sealed interface SliReading {

  record Measured(double value) implements SliReading {
    public Measured {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("an SLI must be a finite number: " + value);
      }
    }
  }

  record Unavailable(String reason) implements SliReading {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
