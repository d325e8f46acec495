package dev.nightshift.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlaIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"freshness", "entity.freshness", "p99:latency", "_x", "9-to-5", "a-b_c"})
  void acceptsNamesStartingWithALetterDigitOrUnderscore(String name) {
    assertThat(SlaId.isValid(name)).isTrue();
    assertThat(new SlaId(name)).hasToString(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " x", "x y", "-x", ".x", ":x", "é", "x/y", "x\n"})
  void rejectsOtherNames(String name) {
    assertThat(SlaId.isValid(name)).isFalse();
    assertThatThrownBy(() -> new SlaId(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid SLA name: '" + name + "'");
  }

  @Test
  void sortsByName() {
    assertThat(new SlaId("a")).isLessThan(new SlaId("b"));
    assertThat(new SlaId("b")).isEqualByComparingTo(new SlaId("b"));
  }
}
