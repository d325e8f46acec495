package dev.nightshift.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {

  private static final Duration COOLDOWN = Duration.ofMinutes(5);
  private static final Duration APPROVAL = Duration.ofMinutes(15);

  @Test
  void acceptsTheEdgesOfEachRange() {
    Limits limits = new Limits(Duration.ZERO, 0, 1, 1.0, Duration.ofMillis(1));

    assertThat(limits.actionsPerHour()).isZero();
    assertThat(limits.attemptsPerIncident()).isOne();
    assertThat(limits.maxTreeFraction()).isEqualTo(1.0);
  }

  @Test
  void rejectsANegativeCooldown() {
    assertThatThrownBy(() -> new Limits(Duration.ofSeconds(-1), 10, 3, 0.2, APPROVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cooldown cannot be negative: PT-1S");
  }

  @ParameterizedTest
  @CsvSource({"-1, 3", "10, 0", "-1, 0"})
  void rejectsCountsOutOfRange(int actionsPerHour, int attemptsPerIncident) {
    assertThatThrownBy(
            () -> new Limits(COOLDOWN, actionsPerHour, attemptsPerIncident, 0.2, APPROVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "need actionsPerHour >= 0 and attemptsPerIncident >= 1: "
                + actionsPerHour
                + ", "
                + attemptsPerIncident);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsATreeFractionOutsideZeroExclusiveToOne(double fraction) {
    assertThatThrownBy(() -> new Limits(COOLDOWN, 10, 3, fraction, APPROVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTreeFraction must be in (0, 1]: " + fraction);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void rejectsAnApprovalTimeoutThatIsNotPositive(long seconds) {
    Duration timeout = Duration.ofSeconds(seconds);

    assertThatThrownBy(() -> new Limits(COOLDOWN, 10, 3, 0.2, timeout))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approval timeout must be positive: " + timeout);
  }
}
