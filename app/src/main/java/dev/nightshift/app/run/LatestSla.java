package dev.nightshift.app.run;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.SlaStatus;
import dev.nightshift.core.sla.SliReading;
import dev.nightshift.core.sla.SliSource;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each SLA's latest measurement as the agent takes it, so the API shows what the agent
 * saw without measuring again.
 */
final class LatestSla implements SliSource {

  private final SliSource source;
  private final Clock clock;
  private final Map<SlaId, SlaCheck> latest = new ConcurrentHashMap<>();

  LatestSla(SliSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  @Override
  public SliReading measure(Sla sla) {
    SliReading reading = source.measure(sla);
    SlaStatus status =
        switch (reading) {
          case SliReading.Measured m ->
              sla.objective().isMetBy(m.value())
                  ? new SlaStatus.Met(m.value())
                  : new SlaStatus.Breached(m.value());
          case SliReading.Unavailable u -> new SlaStatus.Unmeasured(u.reason());
        };
    latest.put(sla.id(), new SlaCheck(sla, clock.instant(), status));
    return reading;
  }

  /** The latest check of each SLA; one outside its window now says so instead. */
  Map<SlaId, SlaCheck> checks() {
    var now = clock.instant();
    Map<SlaId, SlaCheck> out = new java.util.HashMap<>(latest);
    out.replaceAll((id, check) ->
        check.sla().window().contains(now)
            ? check
            : new SlaCheck(
                check.sla(), now, new SlaStatus.OutsideWindow(check.sla().window().name())));
    return out;
  }
}
