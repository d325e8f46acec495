package dev.nightshift.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.Test;

class GroupLagTest {

  private static GroupLag lag(long lag, GroupState state, String... topics) {
    return new GroupLag("redis-writer", Optional.empty(), List.of(topics), lag, 3, 0, state);
  }

  @Test
  void lagAboveThresholdIsUnhealthyWithReadableNumbers() {
    Health health = lag(45_000, GroupState.STABLE, "entity_filtered_v1").health(10_000);

    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.value()).hasValue(45_000);
    assertThat(health.reason())
        .isEqualTo(
            "lag 45 000 on entity_filtered_v1 (3 partitions) > 10 000;"
                + " consumer group redis-writer is Stable");
  }

  @Test
  void lagEqualToThresholdIsHealthy() {
    Health health = lag(10_000, GroupState.STABLE, "t").health(10_000);

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.reason()).contains("<= 10 000");
  }

  @Test
  void emptyGroupWithLagIsCalledOutAsHavingNoConsumer() {
    assertThat(lag(5, GroupState.EMPTY, "t").health(100).reason())
        .endsWith("consumer group redis-writer is Empty: no consumer is running");
    assertThat(lag(0, GroupState.EMPTY, "t").health(100).reason())
        .endsWith("consumer group redis-writer is Empty");
  }

  @Test
  void manyTopicsAreNamedUpToThreeThenCounted() {
    assertThat(lag(1, GroupState.STABLE, "a", "b", "c", "d", "e").health(10).reason())
        .startsWith("lag 1 on a, b, c and 2 more topics (3 partitions)");
  }

  @Test
  void uncommittedPartitionsAreDeclared() {
    GroupLag lag = new GroupLag("g", Optional.of("t"), List.of("t"), 7, 2, 1, GroupState.STABLE);

    assertThat(lag.health(10).reason())
        .startsWith(
            "lag 7 on t (2 partitions, 1 without a committed offset, counted from the earliest"
                + " offset) <= 10");
  }

  @Test
  void readingIsOneLabelledSample() {
    GroupLag lag = new GroupLag("a\"b", Optional.of("t"), List.of("t"), 7, 1, 0, GroupState.STABLE);

    assertThat(lag.reading())
        .isEqualTo(
            new MetricReading.Values(
                List.of(new Sample("kafka_consumergroup_lag{group=\"a\\\"b\",topic=\"t\"}", 7))));
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThatThrownBy(() -> lag(-1, GroupState.STABLE, "t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new GroupLag("g", Optional.empty(), List.of("t"), 1, 1, 2, GroupState.STABLE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
