package dev.nightshift.sim;

import static dev.nightshift.sim.SimFixtures.CLIENTS;
import static dev.nightshift.sim.SimFixtures.CONSUMER;
import static dev.nightshift.sim.SimFixtures.FEED;
import static dev.nightshift.sim.SimFixtures.INGEST;
import static dev.nightshift.sim.SimFixtures.LAG;
import static dev.nightshift.sim.SimFixtures.QUEUE;
import static dev.nightshift.sim.SimFixtures.REDIS;
import static dev.nightshift.sim.SimFixtures.START;
import static dev.nightshift.sim.SimFixtures.fault;
import static dev.nightshift.sim.SimFixtures.platform;
import static dev.nightshift.sim.SimFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.SeriesKey;
import dev.nightshift.sim.scenario.ValueSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SimProberTest {

  private static Health probe(SimPlatform platform, NodeId id) {
    Node node = SimFixtures.tree().require(id);
    return platform.prober().check(node.healthcheck().orElseThrow(), node.coordinates());
  }

  private static Baseline values(NodeId node, SeriesKey key, double value) {
    return new Baseline(
        Map.of(), Map.of(node, Effect.metrics(Map.of(key, new ValueSpec.Constant(value)))));
  }

  private static Fault metric(NodeId node, SeriesKey key, ValueSpec value) {
    return fault("f", Duration.ofSeconds(60), Map.of(node, Effect.metrics(Map.of(key, value))));
  }

  private static Fault health(String id, NodeId node, HealthStatus status) {
    return fault(id, Duration.ofSeconds(60), Map.of(node, Effect.health(status)));
  }

  private static void at(SimPlatform platform, int seconds) {
    platform.clock().advanceTo(START.plusSeconds(seconds));
  }

  @Test
  void consumerLagIsMeasuredAgainstItsThreshold() {
    SimPlatform platform =
        platform(
            scenario(
                values(CONSUMER, LAG, 12),
                metric(CONSUMER, LAG, new ValueSpec.Ramp(12, 45_000, Duration.ofSeconds(60)))));

    assertThat(probe(platform, CONSUMER))
        .isEqualTo(
            Health.measured(
                HealthStatus.HEALTHY,
                12,
                "simulated: consumer group redis-writer-entity lags 12 <= 10000"));
    at(platform, 120);
    assertThat(probe(platform, CONSUMER))
        .isEqualTo(
            Health.measured(
                HealthStatus.UNHEALTHY,
                45_000,
                "simulated: consumer group redis-writer-entity lags 45000 > 10000"));
  }

  @Test
  void withoutDataANodeIsHealthyOnAQuietPlatformAndUnknownDuringAFault() {
    Fault logsOnly =
        fault(
            "noisy",
            Duration.ofSeconds(60),
            Map.of(CONSUMER, new Effect(Optional.empty(), Map.of(), List.of("ERROR boom"), false)));
    SimPlatform platform = platform(scenario(Baseline.EMPTY, logsOnly));

    assertThat(probe(platform, CONSUMER).status()).isEqualTo(HealthStatus.HEALTHY);
    at(platform, 60);
    assertThat(probe(platform, CONSUMER))
        .isEqualTo(Health.unknown("simulated: no data for consumer_lag while noisy is active"));
  }

  @Test
  void aRedisConditionReadsTheExportersMetric() {
    SimPlatform platform =
        platform(
            scenario(
                values(REDIS, CLIENTS, 40), metric(REDIS, CLIENTS, new ValueSpec.Constant(298))));

    assertThat(probe(platform, REDIS).status()).isEqualTo(HealthStatus.HEALTHY);
    at(platform, 60);
    assertThat(probe(platform, REDIS))
        .isEqualTo(
            Health.measured(
                HealthStatus.UNHEALTHY,
                298,
                "simulated: redis_connected_clients = 298, so 'redis_connected_clients < 280' does"
                    + " not hold"));
  }

  @Test
  void aPromqlConditionSaysWhatHealthyLooksLike() {
    SeriesKey depth = SeriesKey.of("queue_depth");
    SimPlatform platform =
        platform(
            scenario(values(QUEUE, depth, 50), metric(QUEUE, depth, new ValueSpec.Constant(150))));

    assertThat(probe(platform, QUEUE).status()).isEqualTo(HealthStatus.HEALTHY);
    at(platform, 60);
    assertThat(probe(platform, QUEUE).status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(probe(platform, QUEUE).value()).isEqualTo(OptionalDouble.of(150));
  }

  @Test
  void logRecencyCountsFromWhenTheNodeFellSilent() {
    Fault silent =
        new Fault(
            "silent",
            Duration.ofSeconds(60),
            Map.of(INGEST, new Effect(Optional.empty(), Map.of(), List.of(), true)),
            Map.of(),
            List.of(),
            Optional.of(Duration.ofSeconds(60)),
            Duration.ZERO);
    SimPlatform platform = platform(scenario(Baseline.EMPTY, silent));

    assertThat(probe(platform, INGEST).status()).isEqualTo(HealthStatus.HEALTHY);
    at(platform, 80);
    assertThat(probe(platform, INGEST).status()).isEqualTo(HealthStatus.HEALTHY);
    at(platform, 100);
    assertThat(probe(platform, INGEST))
        .isEqualTo(
            Health.measured(
                HealthStatus.UNHEALTHY, 40, "simulated: last log line 40s ago (max 30s)"));
    at(platform, 120);
    assertThat(probe(platform, INGEST).status()).isEqualTo(HealthStatus.HEALTHY);
  }

  @Test
  void aHealthTheScenarioFixesWinsAndKeepsTheMeasuredValue() {
    SimPlatform platform =
        platform(
            scenario(values(CONSUMER, LAG, 12), health("dead", CONSUMER, HealthStatus.UNHEALTHY)));

    at(platform, 60);

    assertThat(probe(platform, CONSUMER))
        .isEqualTo(new Health(HealthStatus.UNHEALTHY, OptionalDouble.of(12), "simulated: dead"));
  }

  @Test
  void aFixedUnknownHealthIsReportedAsUnknown() {
    SimPlatform platform =
        platform(scenario(Baseline.EMPTY, health("fog", FEED, HealthStatus.UNKNOWN)));

    assertThat(probe(platform, FEED)).isEqualTo(Health.healthy("simulated: tcp_connect passes"));
    at(platform, 60);
    assertThat(probe(platform, FEED).status()).isEqualTo(HealthStatus.UNKNOWN);
  }

  @Test
  void theWorstFixedHealthWins() {
    SimPlatform platform =
        platform(
            scenario(
                Baseline.EMPTY,
                health("slow", FEED, HealthStatus.DEGRADED),
                health("down", FEED, HealthStatus.UNHEALTHY),
                health("fog", FEED, HealthStatus.UNKNOWN)));

    at(platform, 60);

    assertThat(probe(platform, FEED).status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(probe(platform, FEED).reason()).isEqualTo("simulated: down");
  }

  @Test
  void aBaselineHealthHoldsWhileNoFaultTouchesTheNode() {
    Baseline degraded = new Baseline(Map.of(), Map.of(FEED, Effect.health(HealthStatus.DEGRADED)));
    SimPlatform platform = platform(scenario(degraded));

    assertThat(probe(platform, FEED))
        .isEqualTo(
            new Health(HealthStatus.DEGRADED, OptionalDouble.empty(), "simulated: baseline"));
  }

  @Test
  void aProbeOutsideTheTreeIsStillMeasured() {
    SimPlatform platform = platform(scenario(values(CONSUMER, LAG, 20_000)));
    Healthcheck slaProbe =
        new Healthcheck.ConsumerLag(
            "redis-writer-entity",
            50_000,
            Optional.of("events"),
            Optional.empty(),
            Optional.empty());

    Health health = platform.prober().check(slaProbe, Coordinates.NONE);

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.value()).isEqualTo(OptionalDouble.of(20_000));
  }
}
