package dev.nightshift.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ValueSpecTest {

  private static final ValueSpec LAG = new ValueSpec.Ramp(12, 45_000, Duration.ofSeconds(60));

  @Test
  void aRampStartsAtItsFirstValue() {
    assertThat(LAG.level(Duration.ZERO)).isEqualTo(12);
  }

  @Test
  void aRampMovesLinearly() {
    assertThat(LAG.level(Duration.ofSeconds(30))).isEqualTo(22_506);
    assertThat(LAG.level(Duration.ofSeconds(15))).isEqualTo(12 + 44_988 / 4.0);
  }

  @Test
  void aRampStaysAtItsLastValueOnceOver() {
    assertThat(LAG.level(Duration.ofSeconds(60))).isEqualTo(45_000);
    assertThat(LAG.level(Duration.ofHours(1))).isEqualTo(45_000);
  }

  @Test
  void aRampOverNoTimeIsAStep() {
    assertThat(new ValueSpec.Ramp(1, 9, Duration.ZERO).level(Duration.ZERO)).isEqualTo(9);
  }

  @Test
  void aRampCanFall() {
    assertThat(new ValueSpec.Ramp(100, 0, Duration.ofSeconds(10)).level(Duration.ofSeconds(4)))
        .isEqualTo(60);
  }

  @Test
  void aConstantIsTheSameAtAnyTime() {
    assertThat(new ValueSpec.Constant(298).level(Duration.ofMinutes(7))).isEqualTo(298);
  }

  @Test
  void aCountersLevelIsItsRate() {
    ValueSpec counter = new ValueSpec.Counter(50);

    assertThat(counter.level(Duration.ofMinutes(3))).isEqualTo(50);
    assertThat(counter.isCounter()).isTrue();
    assertThat(LAG.isCounter()).isFalse();
  }

  @Test
  void rejectsValuesThatCannotBeSimulated() {
    assertThatThrownBy(() -> new ValueSpec.Constant(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValueSpec.Counter(-1))
        .hasMessage("a counter cannot shrink: rate -1.0");
    assertThatThrownBy(() -> new ValueSpec.Ramp(0, 1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
