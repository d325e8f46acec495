package dev.nightshift.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"redis", "primary_kafka_to_redis", "redis:6379", "svc.api", "9x", "_a-b"})
  void acceptsIdsStartingWithALetterDigitOrUnderscore(String id) {
    assertThat(NodeId.isValid(id)).isTrue();
    assertThat(new NodeId(id)).hasToString(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " redis", "redis db", "-redis", ".redis", "redis/0", "rédis"})
  void rejectsOtherIds(String id) {
    assertThat(NodeId.isValid(id)).isFalse();
    assertThatThrownBy(() -> new NodeId(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid node id: '" + id + "'");
  }

  @Test
  void sortsById() {
    assertThat(new NodeId("kafka")).isLessThan(new NodeId("redis"));
  }
}
