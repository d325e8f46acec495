package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleClientsTest {

  @Test
  void roundsTheIdleTimeUpBecauseRedisReportsWholeSecondsRoundedDown() {
    assertThat(IdleClients.wholeSecondsAtLeast(Duration.ofSeconds(300))).isEqualTo(300);
    assertThat(IdleClients.wholeSecondsAtLeast(Duration.ofMillis(1500))).isEqualTo(2);
    assertThat(IdleClients.wholeSecondsAtLeast(Duration.ofMillis(1))).isEqualTo(1);
  }
}
