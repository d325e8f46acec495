package dev.nightshift.core.testing;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.SliReading;
import dev.nightshift.core.sla.SliSource;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * SLI readings scripted per SLA (unavailable unless scripted), and a record of which SLAs were
 * measured, so a test can tell whether an SLA was measured at all.
 */
public final class FakeSliSource implements SliSource {

  private final Map<SlaId, SliReading> readings = new ConcurrentHashMap<>();
  private final Queue<SlaId> measured = new ConcurrentLinkedQueue<>();

  /** SLA {@code sla} measures {@code value} from now on. */
  public FakeSliSource reads(String sla, double value) {
    return answer(sla, new SliReading.Measured(value));
  }

  public FakeSliSource answer(String sla, SliReading reading) {
    readings.put(new SlaId(sla), reading);
    return this;
  }

  /** The SLAs measured, in order, once per measurement. */
  public List<SlaId> measured() {
    return List.copyOf(measured);
  }

  @Override
  public SliReading measure(Sla sla) {
    measured.add(sla.id());
    return readings.getOrDefault(sla.id(), new SliReading.Unavailable("nothing scripted"));
  }
}
