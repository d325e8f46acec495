package dev.nightshift.adapters.kafka;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.MetricReading;
import java.util.Objects;

/** What the cluster tells about a consumer group's lag: a measurement, or why there is none. */
sealed interface LagOutcome permits GroupLag, LagOutcome.NoOffsets {

  /** The healthcheck's verdict: lag at or below {@code threshold} is healthy. */
  Health health(long threshold);

  /** The lag as an SLI reading. */
  MetricReading reading();

  /** The group does not exist or has committed nothing where we look: lag cannot be measured. */
  record NoOffsets(String reason) implements LagOutcome {
    public NoOffsets {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Health health(long threshold) {
      return Health.unknown(reason);
    }

    @Override
    public MetricReading reading() {
      return new MetricReading.Unavailable(reason, true);
    }
  }
}
