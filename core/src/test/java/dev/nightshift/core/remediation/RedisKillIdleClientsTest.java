package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisKillIdleClientsTest {

  private static final Target TARGET = Target.of(Optional.empty(), "redis", "cache");

  @Test
  void isAConnectionKill() {
    RedisKillIdleClients kill =
        new RedisKillIdleClients(TARGET, Optional.empty(), Duration.ofMinutes(5), Optional.empty());

    assertThat(kill.actionClass()).isEqualTo(ActionClass.KILL_CONNECTIONS);
    assertThat(kill.type()).isEqualTo("redis_kill_idle_clients");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void rejectsAnIdleTimeThatIsNotPositive(long seconds) {
    Duration idle = Duration.ofSeconds(seconds);

    assertThatThrownBy(
            () -> new RedisKillIdleClients(TARGET, Optional.empty(), idle, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idle must be positive: " + idle);
  }
}
