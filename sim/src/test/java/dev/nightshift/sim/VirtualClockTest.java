package dev.nightshift.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void standsStillUntilAdvanced() {
    VirtualClock clock = new VirtualClock(START);

    assertThat(clock.instant()).isEqualTo(START);
    clock.advance(Duration.ofMillis(1500));
    assertThat(clock.instant()).isEqualTo(START.plusMillis(1500));
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli() + 1500);
  }

  @Test
  void advancesToAnInstantButNeverBack() {
    VirtualClock clock = new VirtualClock(START);

    clock.advanceTo(START.plusSeconds(60));
    clock.advanceTo(START.plusSeconds(30));

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void refusesANegativeStep() {
    VirtualClock clock = new VirtualClock(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aViewInAnotherZoneMovesWithTheClock() {
    VirtualClock clock = new VirtualClock(START);
    Clock london = clock.withZone(ZoneId.of("Europe/London"));

    clock.advance(Duration.ofMinutes(5));

    assertThat(london.instant()).isEqualTo(START.plusSeconds(300));
    assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(clock.getZone()).isEqualTo(java.time.ZoneOffset.UTC);
  }
}
