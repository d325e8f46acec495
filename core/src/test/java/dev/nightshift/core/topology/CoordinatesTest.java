package dev.nightshift.core.topology;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

  @Test
  void namesAGroupedProcessGroupColonProcess() {
    assertThat(
            supervised(Optional.of("primary_processes"), Optional.of("kafka_to_redis"))
                .supervisorName())
        .contains("primary_processes:kafka_to_redis");
  }

  @Test
  void namesAnUngroupedProcessByItself() {
    assertThat(supervised(Optional.empty(), Optional.of("kafka_to_redis")).supervisorName())
        .contains("kafka_to_redis");
  }

  @Test
  void hasNoSupervisorNameWithoutAProcess() {
    assertThat(supervised(Optional.of("primary_processes"), Optional.empty()).supervisorName())
        .isEmpty();
    assertThat(Coordinates.NONE.supervisorName()).isEmpty();
  }

  @Test
  void mapsEveryCoordinateByItsYamlNameInAStableOrder() {
    Coordinates all =
        new Coordinates(
            Optional.of("redis_writer"),
            Optional.of("primary"),
            Optional.of("group"),
            Optional.of("process"),
            Optional.of("prod"),
            Optional.of("api"),
            Optional.of("entities"),
            Optional.of("main"),
            OptionalInt.of(2),
            Optional.of("cache"));

    assertThat(all.asMap())
        .containsExactly(
            entry("container", "redis_writer"),
            entry("supervisor", "primary"),
            entry("supervisor_group", "group"),
            entry("supervisor_process", "process"),
            entry("namespace", "prod"),
            entry("deployment", "api"),
            entry("topic", "entities"),
            entry("cluster", "main"),
            entry("min_isr", "2"),
            entry("redis", "cache"));
  }

  @Test
  void mapsOnlyTheCoordinatesThatAreSet() {
    Coordinates some =
        new Coordinates(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("process"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("entities"),
            Optional.empty(),
            OptionalInt.empty(),
            Optional.of("cache"));

    assertThat(some.asMap())
        .containsExactly(
            entry("supervisor_process", "process"),
            entry("topic", "entities"),
            entry("redis", "cache"));
    assertThat(Coordinates.NONE.asMap()).isEmpty();
  }

  private static Coordinates supervised(Optional<String> group, Optional<String> process) {
    return new Coordinates(
        Optional.empty(),
        Optional.empty(),
        group,
        process,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }
}
