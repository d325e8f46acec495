package dev.nightshift.sim;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SliReading;
import dev.nightshift.core.sla.SliSource;
import java.time.Duration;
import java.util.OptionalDouble;

/** The simulated SLIs: the values the scenario gives each SLA, whatever its SLI query says. */
final class SimSli implements SliSource {

  private final Levels levels;
  private final VirtualClock clock;
  private final Duration latency;

  SimSli(Levels levels, VirtualClock clock, Duration latency) {
    this.levels = levels;
    this.clock = clock;
    this.latency = latency;
  }

  @Override
  public SliReading measure(Sla sla) {
    clock.advance(latency);
    OptionalDouble value = levels.sli(sla.id(), clock.instant());
    if (value.isEmpty()) {
      return new SliReading.Unavailable("the scenario gives no SLI for " + sla.id());
    }
    return new SliReading.Measured(value.getAsDouble());
  }
}
