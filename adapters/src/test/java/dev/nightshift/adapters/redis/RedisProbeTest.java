package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricCondition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisProbeTest {

  private static final RedisAddress WHERE = new RedisAddress(false, "redis.local", 6379, 0);
  private static final InfoFields INFO = InfoFields.parse(InfoFieldsTest.INFO);
  private static final InfoFields ROOMY =
      InfoFields.parse("connected_clients:12\nused_memory:900\nmaxmemory:0\n");

  @Test
  void reportsTheFieldTheValueAndTheWantedBound() {
    Health health = RedisProbe.evaluate(INFO, condition("connected_clients < 280"));

    assertThat(health)
        .isEqualTo(
            Health.measured(HealthStatus.UNHEALTHY, 300, "connected_clients = 300 (want < 280)"));
    assertThat(RedisProbe.evaluate(INFO, condition("mem_fragmentation_ratio < 1.5")).reason())
        .isEqualTo("mem_fragmentation_ratio = 1.52 (want < 1.5)");
    assertThat(RedisProbe.evaluate(INFO, condition("used_memory < 1GB")).status())
        .isEqualTo(HealthStatus.HEALTHY);
  }

  @Test
  void readsRedisExporterNamesAsInfoFields() {
    assertThat(RedisProbe.evaluate(INFO, condition("redis_connected_clients > 280")).reason())
        .isEqualTo("connected_clients = 300 (want > 280)");
  }

  @Test
  void isUnknownForWhatInfoCannotAnswer() {
    assertThat(RedisProbe.evaluate(INFO, condition("no_such_field > 1")))
        .isEqualTo(Health.unknown("redis INFO has no field no_such_field"));
    assertThat(RedisProbe.evaluate(INFO, condition("used_memory_human > 1")))
        .isEqualTo(Health.unknown("redis INFO field used_memory_human is not a number: '2.36M'"));
    assertThat(RedisProbe.evaluate(INFO, condition("connected_clients{role=\"master\"} > 1")))
        .isEqualTo(
            Health.unknown(
                "redis condition 'connected_clients{role=\"master\"} > 1': INFO fields have no"
                    + " labels to match"));
    assertThat(RedisProbe.evaluate(INFO, condition("connected_clients rate > 1")).reason())
        .endsWith("INFO gives the current value only, so rate needs a promql check");
  }

  @Test
  void isUnhealthyWhenRedisRefusesWritesForMemoryEvenIfTheConditionHolds() {
    Health health = RedisProbe.judge(WHERE, INFO, optional("connected_clients > 1"));

    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.value()).hasValue(300);
    assertThat(health.reason())
        .isEqualTo(
            "redis redis.local:6379 is out of memory: used_memory 2473640 > maxmemory 1048576"
                + " with maxmemory-policy noeviction, so writes fail with \"OOM command not"
                + " allowed when used memory > 'maxmemory'\", 3 refused so far;"
                + " connected_clients = 300 (want > 1)");
  }

  @Test
  void overMaxmemoryWithAnEvictionPolicyIsNotOutOfMemory() {
    InfoFields evicting =
        InfoFields.parse("used_memory:2000\nmaxmemory:1000\nmaxmemory_policy:allkeys-lru\n");

    assertThat(RedisProbe.outOfMemory(evicting)).isEmpty();
    assertThat(RedisProbe.outOfMemory(ROOMY)).as("maxmemory 0 means no limit").isEmpty();
  }

  @Test
  void isHealthyWithoutAConditionWhenNothingIsWrong() {
    assertThat(RedisProbe.judge(WHERE, ROOMY, Optional.empty()))
        .isEqualTo(Health.healthy("redis redis.local:6379 answered PING with PONG"));
  }

  private static Optional<MetricCondition> optional(String text) {
    return Optional.of(condition(text));
  }

  private static MetricCondition condition(String text) {
    return MetricCondition.parse(text).orThrow();
  }
}
