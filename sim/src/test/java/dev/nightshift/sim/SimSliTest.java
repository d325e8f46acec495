package dev.nightshift.sim;

import static dev.nightshift.sim.SimFixtures.START;
import static dev.nightshift.sim.SimFixtures.platform;
import static dev.nightshift.sim.SimFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.SliReading;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.ValueSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimSliTest {

  private static final SlaId FRESHNESS = new SlaId("freshness");

  private static Sla sla(String id) {
    return SimFixtures.tree().sla(new SlaId(id)).orElseThrow();
  }

  @Test
  void aFaultRampsTheSliFromItsStart() {
    Fault stale =
        new Fault(
            "stale",
            Duration.ofSeconds(60),
            Map.of(),
            Map.of(FRESHNESS, new ValueSpec.Ramp(2, 73, Duration.ofSeconds(60))),
            List.of(),
            Optional.empty(),
            Duration.ZERO);
    SimPlatform platform =
        platform(
            scenario(new Baseline(Map.of(FRESHNESS, new ValueSpec.Constant(2)), Map.of()), stale));

    assertThat(platform.sli().measure(sla("freshness"))).isEqualTo(new SliReading.Measured(2));
    platform.clock().advanceTo(START.plusSeconds(90));
    assertThat(platform.sli().measure(sla("freshness"))).isEqualTo(new SliReading.Measured(37.5));
  }

  @Test
  void anSlaWithoutAValueIsUnavailable() {
    SimPlatform platform = platform(scenario(Baseline.EMPTY));

    assertThat(platform.sli().measure(sla("lag")))
        .isEqualTo(new SliReading.Unavailable("the scenario gives no SLI for lag"));
  }
}
