package dev.nightshift.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromotionGateTest {

  @Test
  void acceptsTheEdgesOfEachRange() {
    assertThat(new PromotionGate(0, 0, 0).minAccuracy()).isZero();
    assertThat(new PromotionGate(0, 1, 0).minAccuracy()).isOne();
  }

  @ParameterizedTest
  @CsvSource({"-1, 0", "0, -1"})
  void rejectsNegativeCounts(int minDecisions, int maxViolations) {
    assertThatThrownBy(() -> new PromotionGate(minDecisions, 0.9, maxViolations))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must be >= 0");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void rejectsAnAccuracyOutsideZeroToOne(double accuracy) {
    assertThatThrownBy(() -> new PromotionGate(50, accuracy, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accuracy must be in [0, 1]: " + accuracy);
  }
}
