package dev.nightshift.sim;

import static dev.nightshift.sim.SimFixtures.INGEST;
import static dev.nightshift.sim.SimFixtures.START;
import static dev.nightshift.sim.SimFixtures.condition;
import static dev.nightshift.sim.SimFixtures.fault;
import static dev.nightshift.sim.SimFixtures.key;
import static dev.nightshift.sim.SimFixtures.platform;
import static dev.nightshift.sim.SimFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.SeriesKey;
import dev.nightshift.sim.scenario.ValueSpec;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimMetricsTest {

  private static final SeriesKey MESSAGES = SeriesKey.of("ws_messages_received");
  private static final SeriesKey RECONNECTS = SeriesKey.of("ws_reconnection_count");

  private static Baseline baseline(Map<SeriesKey, ValueSpec> series) {
    return new Baseline(Map.of(), Map.of(INGEST, Effect.metrics(series)));
  }

  private static Fault on(int seconds, Map<SeriesKey, ValueSpec> series) {
    return fault("f", Duration.ofSeconds(seconds), Map.of(INGEST, Effect.metrics(series)));
  }

  private static List<Sample> values(SimPlatform platform, String condition) {
    return ((MetricReading.Values) platform.metrics().values(condition(condition))).samples();
  }

  private static double value(SimPlatform platform, String condition) {
    return values(platform, condition).getFirst().value();
  }

  private static List<Sample> query(SimPlatform platform, String promql) {
    return ((MetricReading.Values) platform.metrics().query(promql)).samples();
  }

  private static void at(SimPlatform platform, int seconds) {
    platform.clock().advanceTo(START.plusSeconds(seconds));
  }

  @Test
  void aCounterGrowsAtItsRate() {
    SimPlatform platform =
        platform(scenario(baseline(Map.of(MESSAGES, new ValueSpec.Counter(50)))));

    at(platform, 100);

    assertThat(query(platform, "ws_messages_received").getFirst().value()).isEqualTo(5000);
    assertThat(value(platform, "ws_messages_received rate > 0")).isEqualTo(50);
    assertThat(value(platform, "ws_messages_received increase > 0 in 5m")).isEqualTo(15_000);
  }

  @Test
  void aCounterStartsAtZeroWithTheDrill() {
    SimPlatform platform =
        platform(scenario(baseline(Map.of(MESSAGES, new ValueSpec.Counter(50)))));

    assertThat(query(platform, "ws_messages_received").getFirst().value()).isEqualTo(0);
    assertThat(value(platform, "ws_messages_received rate > 0")).isEqualTo(50);
  }

  @Test
  void aCounterKeepsWhatAFaultAddedAfterItEndsWithoutRecovery() {
    Fault burst =
        new Fault(
            "burst",
            Duration.ofSeconds(10),
            Map.of(INGEST, Effect.metrics(Map.of(MESSAGES, new ValueSpec.Counter(100)))),
            Map.of(),
            List.of(),
            java.util.Optional.of(Duration.ofSeconds(10)),
            Duration.ZERO);
    SimPlatform platform =
        platform(scenario(baseline(Map.of(MESSAGES, new ValueSpec.Counter(1))), burst));

    at(platform, 60);

    // 50 s at 1/s and 10 s at 100/s.
    assertThat(query(platform, "ws_messages_received").getFirst().value())
        .isCloseTo(1050, within(1e-6));
    assertThat(value(platform, "ws_messages_received rate > 0")).isCloseTo(17.5, within(1e-9));
  }

  @Test
  void aRateAveragesTheChangesInsideItsWindow() {
    SimPlatform platform =
        platform(
            scenario(
                baseline(Map.of(MESSAGES, new ValueSpec.Counter(50))),
                on(60, Map.of(MESSAGES, new ValueSpec.Counter(0)))));

    at(platform, 90);

    assertThat(value(platform, "ws_messages_received rate > 0")).isEqualTo(25);
    at(platform, 120);
    assertThat(value(platform, "ws_messages_received rate > 0")).isEqualTo(0);
  }

  @Test
  void increaseCountsWhatAFaultAdded() {
    SimPlatform platform =
        platform(
            scenario(
                baseline(Map.of(RECONNECTS, new ValueSpec.Counter(0))),
                on(60, Map.of(RECONNECTS, new ValueSpec.Counter(0.1)))));

    at(platform, 160);

    assertThat(value(platform, "ws_reconnection_count increase > 3 in 5m"))
        .isCloseTo(10, within(1e-9));
  }

  @Test
  void aCountersRateRecoversLinearly() {
    Fault burst =
        new Fault(
            "burst",
            Duration.ofSeconds(10),
            Map.of(INGEST, Effect.metrics(Map.of(MESSAGES, new ValueSpec.Counter(100)))),
            Map.of(),
            List.of(),
            java.util.Optional.of(Duration.ofSeconds(10)),
            Duration.ofSeconds(20));
    SimPlatform platform =
        platform(scenario(baseline(Map.of(MESSAGES, new ValueSpec.Counter(0))), burst));

    at(platform, 60);

    // 10 s at 100/s, then 20 s falling linearly from 100 to 0: 1000 + 1000.
    assertThat(query(platform, "ws_messages_received").getFirst().value())
        .isCloseTo(2000, within(1e-6));
  }

  @Test
  void functionsOverTimeSampleTheGauge() {
    SeriesKey depth = SeriesKey.of("queue_depth");
    SimPlatform platform =
        platform(
            scenario(
                baseline(Map.of(depth, new ValueSpec.Constant(10))),
                on(60, Map.of(depth, new ValueSpec.Ramp(10, 70, Duration.ofSeconds(60))))));

    at(platform, 120);

    assertThat(value(platform, "queue_depth max_over_time > 0 in 2m")).isEqualTo(70);
    assertThat(value(platform, "queue_depth min_over_time > 0 in 2m")).isEqualTo(10);
    assertThat(value(platform, "queue_depth delta > 0 in 1m")).isEqualTo(60);
    assertThat(value(platform, "queue_depth avg_over_time > 0 in 1m")).isCloseTo(40, within(1e-9));
  }

  @Test
  void selectsSeriesByLabels() {
    Map<SeriesKey, ValueSpec> series = new LinkedHashMap<>();
    series.put(key("lag{group=\"a\"}"), new ValueSpec.Constant(1));
    series.put(key("lag{group=\"b\"}"), new ValueSpec.Constant(2));
    SimPlatform platform = platform(scenario(baseline(series)));

    assertThat(query(platform, "lag{group=\"b\"}"))
        .containsExactly(new Sample("lag{group=\"b\"}", 2));
    assertThat(query(platform, "lag")).hasSize(2);
    assertThat(query(platform, "lag{group=~\"a|b\", topic=\"t\"}")).hasSize(2);
    assertThat(query(platform, "other")).isEmpty();
  }

  @Test
  void foldsSeriesInsideOneAggregation() {
    Map<SeriesKey, ValueSpec> series = new LinkedHashMap<>();
    series.put(key("freshness{shard=\"1\"}"), new ValueSpec.Constant(3));
    series.put(key("freshness{shard=\"2\"}"), new ValueSpec.Constant(9));
    SimPlatform platform = platform(scenario(baseline(series)));

    assertThat(query(platform, "max(freshness)")).containsExactly(new Sample("max(freshness)", 9));
    assertThat(query(platform, "sum(freshness)").getFirst().value()).isEqualTo(12);
    assertThat(query(platform, "count(freshness)").getFirst().value()).isEqualTo(2);
    assertThat(query(platform, "max(nothing)")).isEmpty();
  }

  @Test
  void saysWhichQueriesItCannotAnswer() {
    SimPlatform platform = platform(scenario(Baseline.EMPTY));

    assertThat(platform.metrics().query("time() - max(last_write)"))
        .isEqualTo(
            new MetricReading.Unavailable(
                "the simulator evaluates series selectors only, optionally inside max, min, sum,"
                    + " avg or count: time() - max(last_write)",
                false));
  }
}
