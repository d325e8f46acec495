package dev.nightshift.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AutonomyTest {

  @Test
  void letsAnActionWaitForAFailureOfZeroOrMore() {
    assertThat(new Autonomy.AfterFailure(Duration.ZERO).persisted()).isZero();
  }

  @Test
  void rejectsANegativeWaitForAFailure() {
    assertThatThrownBy(() -> new Autonomy.AfterFailure(Duration.ofMinutes(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("after_failure cannot be negative: PT-5M");
  }

  @Test
  void namesEachLevelAsPolicyYamlDoes() {
    assertThat(new Autonomy.Full().yamlName()).isEqualTo("full");
    assertThat(new Autonomy.AfterFailure(Duration.ofMinutes(5)).yamlName())
        .isEqualTo("after_failure");
    assertThat(new Autonomy.KnownPatternsOnly().yamlName()).isEqualTo("known_patterns_only");
    assertThat(new Autonomy.Approval().yamlName()).isEqualTo("approval");
    assertThat(new Autonomy.Never().yamlName()).isEqualTo("never");
  }
}
