package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnownErrorIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"ke-001", "KE_2", "redis.max-clients", "0"})
  void acceptsIdsLikeTheSeeds(String id) {
    assertThat(KnownErrorId.isValid(id)).isTrue();
    assertThat(new KnownErrorId(id)).hasToString(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-ke", "ke 001", "ke/001"})
  void rejectsOtherIds(String id) {
    assertThat(KnownErrorId.isValid(id)).isFalse();
    assertThatThrownBy(() -> new KnownErrorId(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid known error id: '" + id + "'");
  }

  @Test
  void sortsById() {
    assertThat(new KnownErrorId("ke-001")).isLessThan(new KnownErrorId("ke-002"));
  }
}
