package dev.nightshift.sim;

import static dev.nightshift.sim.SimFixtures.CLIENTS;
import static dev.nightshift.sim.SimFixtures.LAG;
import static dev.nightshift.sim.SimFixtures.REDIS;
import static dev.nightshift.sim.SimFixtures.START;
import static dev.nightshift.sim.SimFixtures.clientKill;
import static dev.nightshift.sim.SimFixtures.dockerExec;
import static dev.nightshift.sim.SimFixtures.fault;
import static dev.nightshift.sim.SimFixtures.platform;
import static dev.nightshift.sim.SimFixtures.scenario;
import static dev.nightshift.sim.SimFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Latency;
import dev.nightshift.sim.scenario.SeriesKey;
import dev.nightshift.sim.scenario.ValueSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The world over time, Alertmanager style: what the platform shows at each instant. */
class TimelineTest {

  private static final Baseline FORTY_CLIENTS =
      new Baseline(
          Map.of(), Map.of(REDIS, Effect.metrics(Map.of(CLIENTS, new ValueSpec.Constant(40)))));

  private static Fault poolExhaustion(Duration recovery, Optional<Duration> clearsAfter) {
    Effect effect =
        new Effect(
            Optional.of(HealthStatus.UNHEALTHY),
            Map.of(CLIENTS, new ValueSpec.Constant(298)),
            List.of(),
            false);
    return new Fault(
        "pool-exhaustion",
        Duration.ofSeconds(60),
        Map.of(REDIS, effect),
        Map.of(),
        List.of(clientKill()),
        clearsAfter,
        recovery);
  }

  private static List<Sample> samples(SimPlatform platform, String query) {
    return ((MetricReading.Values) platform.metrics().query(query)).samples();
  }

  private static double value(SimPlatform platform, SeriesKey key) {
    return samples(platform, key.toString()).getFirst().value();
  }

  private static void at(SimPlatform platform, int seconds) {
    platform.clock().advanceTo(START.plusSeconds(seconds));
  }

  @Test
  void clientKillEndsPoolExhaustionAndClientsRecoverToTheBaseline() {
    SimPlatform platform =
        platform(scenario(FORTY_CLIENTS, poolExhaustion(Duration.ofSeconds(10), Optional.empty())));

    assertThat(value(platform, CLIENTS)).isEqualTo(40);
    at(platform, 60);
    assertThat(value(platform, CLIENTS)).isEqualTo(298);
    at(platform, 90);
    assertThat(platform.activeFaults()).containsExactly("pool-exhaustion");
    ExecutionResult result =
        platform
            .executor()
            .execute(dockerExec("redis", "redis-cli", "CLIENT", "KILL", "AGE", "300"), step(1));
    assertThat(result)
        .isEqualTo(new ExecutionResult.Succeeded("simulated: cleared pool-exhaustion"));
    assertThat(platform.activeFaults()).isEmpty();
    assertThat(platform.clearedAt("pool-exhaustion")).contains(START.plusSeconds(90));
    assertThat(value(platform, CLIENTS)).isEqualTo(298);
    at(platform, 95);
    assertThat(value(platform, CLIENTS)).isEqualTo(169);
    at(platform, 100);
    assertThat(value(platform, CLIENTS)).isEqualTo(40);
  }

  @Test
  void healthFollowsTheFaultAndReturnsTheMomentItEnds() {
    SimPlatform platform =
        platform(scenario(FORTY_CLIENTS, poolExhaustion(Duration.ofSeconds(10), Optional.empty())));
    var check = SimFixtures.tree().require(REDIS);

    assertThat(
            platform
                .prober()
                .check(check.healthcheck().orElseThrow(), check.coordinates())
                .status())
        .isEqualTo(HealthStatus.HEALTHY);
    at(platform, 60);
    assertThat(
            platform
                .prober()
                .check(check.healthcheck().orElseThrow(), check.coordinates())
                .status())
        .isEqualTo(HealthStatus.UNHEALTHY);
    platform.executor().execute(dockerExec("redis", "redis-cli", "CLIENT", "KILL"), step(1));
    assertThat(
            platform
                .prober()
                .check(check.healthcheck().orElseThrow(), check.coordinates())
                .status())
        .as("at 298 clients the redis condition still fails while the values recover")
        .isEqualTo(HealthStatus.UNHEALTHY);
    at(platform, 70);
    assertThat(
            platform
                .prober()
                .check(check.healthcheck().orElseThrow(), check.coordinates())
                .status())
        .isEqualTo(HealthStatus.HEALTHY);
  }

  @Test
  void aFaultWithClearsAfterEndsByItself() {
    SimPlatform platform =
        platform(
            scenario(
                FORTY_CLIENTS, poolExhaustion(Duration.ZERO, Optional.of(Duration.ofSeconds(30)))));

    at(platform, 89);
    assertThat(value(platform, CLIENTS)).isEqualTo(298);
    at(platform, 90);
    assertThat(value(platform, CLIENTS)).isEqualTo(40);
    assertThat(platform.activeFaults()).isEmpty();
    assertThat(platform.clearedAt("pool-exhaustion")).isEmpty();
  }

  @Test
  void aZeroClearsAfterLeavesTheFaultToAnAction() {
    SimPlatform platform =
        platform(
            scenario(FORTY_CLIENTS, poolExhaustion(Duration.ZERO, Optional.of(Duration.ZERO))));

    at(platform, 600);

    assertThat(platform.activeFaults()).containsExactly("pool-exhaustion");
  }

  @Test
  void aRampRunsFromTheFaultsStart() {
    Fault lag =
        fault(
            "lag",
            Duration.ofSeconds(60),
            Map.of(
                SimFixtures.CONSUMER,
                Effect.metrics(
                    Map.of(LAG, new ValueSpec.Ramp(12, 45_000, Duration.ofSeconds(60))))));
    SimPlatform platform = platform(scenario(Baseline.EMPTY, lag));

    assertThat(samples(platform, LAG.toString())).as("no baseline: no series").isEmpty();
    at(platform, 60);
    assertThat(value(platform, LAG)).isEqualTo(12);
    at(platform, 90);
    assertThat(value(platform, LAG)).isEqualTo(22_506);
    at(platform, 300);
    assertThat(value(platform, LAG)).isEqualTo(45_000);
  }

  @Test
  void aValueWithoutBaselineVanishesWhenItsFaultEnds() {
    Fault fault =
        new Fault(
            "blip",
            Duration.ofSeconds(10),
            Map.of(REDIS, Effect.metrics(Map.of(LAG, new ValueSpec.Constant(5)))),
            Map.of(),
            List.of(),
            Optional.of(Duration.ofSeconds(10)),
            Duration.ofSeconds(30));
    SimPlatform platform = platform(scenario(Baseline.EMPTY, fault));

    at(platform, 15);
    assertThat(value(platform, LAG)).isEqualTo(5);
    at(platform, 21);
    assertThat(samples(platform, LAG.toString())).isEmpty();
  }

  @Test
  void laterFaultsOverrideMetricsAndTheWorstHealthWins() {
    Fault first =
        fault(
            "first",
            Duration.ofSeconds(10),
            Map.of(
                REDIS,
                new Effect(
                    Optional.of(HealthStatus.UNHEALTHY),
                    Map.of(CLIENTS, new ValueSpec.Constant(100)),
                    List.of(),
                    false)));
    Fault second =
        fault(
            "second",
            Duration.ofSeconds(20),
            Map.of(
                REDIS,
                new Effect(
                    Optional.of(HealthStatus.DEGRADED),
                    Map.of(CLIENTS, new ValueSpec.Constant(200)),
                    List.of(),
                    false)));
    SimPlatform platform = platform(scenario(FORTY_CLIENTS, second, first));
    var redis = SimFixtures.tree().require(REDIS);

    at(platform, 30);

    assertThat(value(platform, CLIENTS)).isEqualTo(200);
    var health = platform.prober().check(redis.healthcheck().orElseThrow(), redis.coordinates());
    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.reason()).isEqualTo("simulated: first");
  }

  @Test
  void everyCallTakesItsLatencyOfVirtualTime() {
    var withLatency =
        SimFixtures.with(
            scenario(FORTY_CLIENTS), Optional.empty(), Optional.empty(), Latency.DEFAULT);
    SimPlatform platform = platform(withLatency);
    var redis = SimFixtures.tree().require(REDIS);

    platform.metrics().query("redis_connected_clients");
    assertThat(platform.clock().instant()).isEqualTo(START.plusMillis(200));
    platform.prober().check(redis.healthcheck().orElseThrow(), redis.coordinates());
    assertThat(platform.clock().instant()).isEqualTo(START.plusMillis(1200));
    platform.logs().recentErrors(redis, Duration.ofMinutes(5));
    assertThat(platform.clock().instant()).isEqualTo(START.plusMillis(1700));
    platform.sli().measure(SimFixtures.tree().slas().getFirst());
    assertThat(platform.clock().instant()).isEqualTo(START.plusMillis(1900));
    platform.executor().execute(dockerExec("redis", "redis-cli", "PING"), step(1));
    assertThat(platform.clock().instant()).isEqualTo(START.plusMillis(2900));
  }
}
