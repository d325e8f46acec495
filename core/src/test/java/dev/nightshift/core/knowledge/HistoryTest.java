package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {

  @Test
  void rejectsANegativeOccurrenceCount() {
    assertThatThrownBy(() -> new History(Optional.empty(), Optional.empty(), -1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("occurrence count must be >= 0: -1");
  }

  @Test
  void startsWithNothingSeen() {
    assertThat(History.NONE.occurrenceCount()).isZero();
    assertThat(History.NONE.firstSeen()).isEmpty();
    assertThat(History.NONE.lastSeen()).isEmpty();
    assertThat(History.NONE.resolutionTimeAvg()).isEmpty();
  }
}
