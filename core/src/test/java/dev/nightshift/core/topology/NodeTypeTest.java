package dev.nightshift.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NodeTypeTest {

  @ParameterizedTest
  @EnumSource(value = NodeType.class, names = "EXTERNAL", mode = EnumSource.Mode.EXCLUDE)
  void allowsActingOnEverythingTheAgentRuns(NodeType type) {
    assertThat(type.isActionable()).isTrue();
  }

  @Test
  void neverAllowsActingOnAnExternalSystem() {
    assertThat(NodeType.EXTERNAL.isActionable()).isFalse();
  }

  @Test
  void printsTheNameUsersWriteInYaml() {
    assertThat(NodeType.KAFKA_TOPIC).hasToString("kafka_topic");
    assertThat(NodeType.KAFKA_TOPIC.yamlName()).isEqualTo("kafka_topic");
  }
}
