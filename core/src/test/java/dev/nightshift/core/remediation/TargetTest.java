package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.topology.NodeId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

  private static final Optional<NodeId> WRITER = Optional.of(new NodeId("writer"));

  @Test
  void buildsTheResourceAsKindSlashName() {
    assertThat(Target.of(Optional.empty(), "container", "redis").resource())
        .isEqualTo("container/redis");
    assertThat(Target.of(WRITER, "process", "primary_processes:kafka_to_redis_entity").resource())
        .isEqualTo("process/primary_processes:kafka_to_redis_entity");
  }

  @Test
  void printsTheNodeWithItsResourceWhenItKnowsTheNode() {
    assertThat(Target.of(WRITER, "container", "writer")).hasToString("writer (container/writer)");
    assertThat(Target.of(Optional.empty(), "container", "redis")).hasToString("container/redis");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void rejectsABlankResource(String resource) {
    assertThatThrownBy(() -> new Target(WRITER, resource))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a target needs a resource");
  }

  @Test
  void isEqualToATargetOnTheSameNodeAndResource() {
    assertThat(Target.of(WRITER, "container", "redis"))
        .isEqualTo(new Target(WRITER, "container/redis"))
        .isNotEqualTo(Target.of(Optional.empty(), "container", "redis"));
  }
}
