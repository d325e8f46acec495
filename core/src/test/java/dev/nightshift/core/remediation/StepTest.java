package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.telemetry.MetricCondition;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepTest {

  private static final MetricCondition CHECK =
      MetricCondition.parse("redis_connected_clients < 280").orThrow();

  @Test
  void letsAWaitLastZeroOrMore() {
    assertThat(new Step.Wait(Duration.ZERO, Optional.empty()).type()).isEqualTo("wait");
  }

  @Test
  void rejectsANegativeWait() {
    assertThatThrownBy(() -> new Step.Wait(Duration.ofSeconds(-1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a wait cannot be negative: PT-1S");
  }

  @Test
  void rejectsAVerifyTimeoutThatIsNotPositive() {
    assertThatThrownBy(() -> new Step.Verify(CHECK, Duration.ZERO, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a verify timeout must be positive: PT0S");
    assertThatThrownBy(() -> new Step.Verify(CHECK, Duration.ofSeconds(-5), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a verify timeout must be positive: PT-5S");
  }

  @Test
  void verifiesForAMinuteUnlessToldOtherwise() {
    assertThat(Step.Verify.DEFAULT_TIMEOUT).isEqualTo(Duration.ofMinutes(1));
    assertThat(new Step.Verify(CHECK, Duration.ofMillis(1), Optional.empty()).type())
        .isEqualTo("verify");
  }

  @Test
  void namesAnEscalationByWhetherItOnlyFollowsAFailure() {
    assertThat(new Step.Escalate("call the on-call", false, Optional.empty()).type())
        .isEqualTo("escalate");
    assertThat(new Step.Escalate("call the on-call", true, Optional.empty()).type())
        .isEqualTo("escalate_if_failed");
  }
}
