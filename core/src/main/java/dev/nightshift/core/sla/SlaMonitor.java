package dev.nightshift.core.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures each SLA on its own interval and inside its window, and says which are breached. Only
 * SLAs with an SLI are measured; the others open on external alerts alone.
 */
public final class SlaMonitor {

  private final List<Sla> slas;
  private final Duration defaultInterval;
  private final SliSource source;
  private final Clock clock;
  private final Map<SlaId, Instant> nextCheck = new HashMap<>();

  public SlaMonitor(List<Sla> slas, Duration defaultInterval, SliSource source, Clock clock) {
    this.slas = List.copyOf(slas);
    this.defaultInterval = Objects.requireNonNull(defaultInterval, "defaultInterval");
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Measures every SLA whose interval has come round, and returns what each showed. */
  public List<SlaCheck> checkDue() {
    Instant now = clock.instant();
    List<SlaCheck> checks = new ArrayList<>();
    for (Sla sla : slas) {
      if (sla.sli().isEmpty() || now.isBefore(nextCheck.getOrDefault(sla.id(), Instant.MIN))) {
        continue;
      }
      nextCheck.put(sla.id(), now.plus(sla.interval().orElse(defaultInterval)));
      checks.add(measure(sla));
    }
    return checks;
  }

  /** Measures the SLA with this id now; an incident only ever names a configured SLA. */
  public SlaCheck measure(SlaId id) {
    return measure(
        slas.stream()
            .filter(s -> s.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no SLA " + id + " is configured")));
  }

  /** Measures one SLA now, whatever its interval: verification and re-checks before acting. */
  public SlaCheck measure(Sla sla) {
    Instant now = clock.instant();
    if (!sla.window().contains(now)) {
      return new SlaCheck(sla, now, new SlaStatus.OutsideWindow(sla.window().name()));
    }
    if (sla.sli().isEmpty()) {
      return new SlaCheck(
          sla, now, new SlaStatus.Unmeasured("it has no SLI; external alerts open it"));
    }
    SlaStatus status =
        switch (source.measure(sla)) {
          case SliReading.Measured m ->
              sla.objective().isMetBy(m.value())
                  ? new SlaStatus.Met(m.value())
                  : new SlaStatus.Breached(m.value());
          case SliReading.Unavailable u -> new SlaStatus.Unmeasured(u.reason());
        };
    return new SlaCheck(sla, clock.instant(), status);
  }
}
