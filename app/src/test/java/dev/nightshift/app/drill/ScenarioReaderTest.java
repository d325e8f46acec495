package dev.nightshift.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.ClearRule;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Expectations;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Latency;
import dev.nightshift.sim.scenario.Scenario;
import dev.nightshift.sim.scenario.ScheduledAlert;
import dev.nightshift.sim.scenario.ScheduledApproval;
import dev.nightshift.sim.scenario.SeriesKey;
import dev.nightshift.sim.scenario.ValueSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

  private static final NodeId REDIS = new NodeId("redis_instance");
  private static final NodeId CONSUMER = new NodeId("kafka_to_redis_consumer");
  private static final NodeId INGEST = new NodeId("websocket_ingestion");
  private static final SlaId FRESHNESS = new SlaId("entity_data_freshness");
  private static final SeriesKey CLIENTS = SeriesKey.of("redis_connected_clients");
  private static final SeriesKey LAG =
      new SeriesKey("kafka_consumer_group_lag", Map.of("group", "redis-writer-entity"));

  private static Scenario read(String file) {
    ScenarioResult result = ScenarioFixtures.read(ScenarioFixtures.ROOT.resolve(file));
    assertThat(result.problems()).isEmpty();
    return result.scenario().orElseThrow();
  }

  @Test
  void readsTheIssuesExample() {
    Scenario s = read("issue-example.yaml");

    assertThat(s.name()).isEqualTo("redis-client-exhaustion");
    assertThat(s.configPath())
        .isEqualTo(ScenarioFixtures.EXAMPLE_CONFIG.toAbsolutePath().normalize());
    assertThat(s.phase()).contains(Phase.AUTONOMOUS);
    assertThat(s.killSwitch()).contains(false);
    assertThat(s.duration()).isEqualTo(Duration.ofMinutes(20));
    assertThat(s.start()).isEqualTo(Scenario.DEFAULT_START);
    assertThat(s.tick()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.latency()).isEqualTo(Latency.DEFAULT);
    assertThat(s.baseline().sli()).isEqualTo(Map.of(FRESHNESS, new ValueSpec.Constant(2)));
    assertThat(s.baseline().nodes())
        .isEqualTo(Map.of(REDIS, Effect.metrics(Map.of(CLIENTS, new ValueSpec.Constant(40)))));
    assertThat(s.approvals()).isEmpty();
    assertThat(s.alerts()).isEmpty();
    assertThat(s.source()).isEqualTo(ScenarioFixtures.ROOT.resolve("issue-example.yaml"));
  }

  @Test
  void readsTheExamplesFault() {
    Fault f = read("issue-example.yaml").faults().getFirst();

    assertThat(f.id()).isEqualTo("pool-exhaustion");
    assertThat(f.at()).isEqualTo(Duration.ofSeconds(60));
    assertThat(f.effects())
        .containsExactly(
            Map.entry(
                REDIS,
                new Effect(
                    Optional.of(HealthStatus.UNHEALTHY),
                    Map.of(CLIENTS, new ValueSpec.Constant(298)),
                    List.of(),
                    false)),
            Map.entry(
                CONSUMER,
                new Effect(
                    Optional.of(HealthStatus.UNHEALTHY),
                    Map.of(LAG, new ValueSpec.Ramp(12, 45_000, Duration.ofSeconds(60))),
                    List.of("ERROR Redis connection pool exhausted, retrying in 5s"),
                    false)));
    assertThat(f.sli())
        .isEqualTo(Map.of(FRESHNESS, new ValueSpec.Ramp(2, 73, Duration.ofSeconds(60))));
    ClearRule rule = f.clearedBy().getFirst();
    assertThat(rule.action()).isEqualTo("docker_exec");
    assertThat(rule.target()).contains("redis");
    assertThat(rule.params().get("command").pattern()).isEqualTo("redis-cli CLIENT KILL.*");
    assertThat(f.clearsAfter()).as("0s: only an action ends it").isEmpty();
    assertThat(f.recovery()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void readsTheExamplesExpectations() {
    assertThat(read("issue-example.yaml").expect())
        .isEqualTo(
            new Expectations(
                Optional.of(true),
                Optional.of("redis_instance"),
                Optional.of("ke-001"),
                Optional.of(List.of("docker_exec")),
                Optional.of(false),
                Optional.of(true),
                Optional.of(false),
                Optional.of(Duration.ofSeconds(30)),
                Optional.of(Duration.ofMinutes(3)),
                Optional.of(0)));
  }

  @Test
  void readsEveryOptionalField() {
    Scenario s = read("valid/every-field.yaml");

    assertThat(s.phase()).contains(Phase.ASSIST);
    assertThat(s.killSwitch()).contains(true);
    assertThat(s.start()).isEqualTo(Instant.parse("2026-03-07T22:00:00Z"));
    assertThat(s.tick()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.latency())
        .isEqualTo(
            new Latency(
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                Duration.ofMillis(100),
                Duration.ZERO,
                Duration.ofSeconds(3)));
    assertThat(s.baseline().nodes().get(INGEST).metrics())
        .containsEntry(SeriesKey.of("ws_messages_received"), new ValueSpec.Counter(50));
    assertThat(s.baseline().nodes().get(new NodeId("upstream_data_feed")).health())
        .contains(HealthStatus.DEGRADED);
    Fault flaps = s.faults().getFirst();
    assertThat(flaps.effects().get(INGEST).loggingStopped()).isTrue();
    assertThat(flaps.effects().get(INGEST).logs())
        .containsExactly("ERROR WebSocket disconnected, reconnecting");
    assertThat(flaps.clearsAfter()).contains(Duration.ofMinutes(2));
    assertThat(flaps.recovery()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.faults().get(1).clearedBy()).hasSize(2);
    assertThat(s.approvals())
        .containsExactly(
            new ScheduledApproval(Duration.ofMinutes(2), ScheduledApproval.Decision.APPROVE),
            new ScheduledApproval(Duration.ofMinutes(3), ScheduledApproval.Decision.DENY));
    assertThat(s.alerts())
        .containsExactly(
            new ScheduledAlert.ForSla(Duration.ofSeconds(60), FRESHNESS),
            new ScheduledAlert.ForNode(Duration.ofSeconds(90), INGEST));
    assertThat(s.expect().rootCause()).contains(Expectations.NONE);
    assertThat(s.expect().actions()).contains(List.of());
  }

  @Test
  void comesWithTheConfigurationItNames() {
    ScenarioResult result =
        ScenarioFixtures.read(ScenarioFixtures.ROOT.resolve("issue-example.yaml"));

    assertThat(result.isValid()).isTrue();
    assertThat(result.config().orElseThrow().tree().node(REDIS)).isPresent();
  }

  @Test
  void namesAScenarioWithoutANameAfterItsFile() {
    ScenarioResult result =
        ScenarioFixtures.read(ScenarioFixtures.ROOT.resolve("valid/unnamed.yml"));

    assertThat(result.scenario().orElseThrow().name()).isEqualTo("unnamed");
  }

  @Test
  void reportsAMissingFile() {
    Path missing = Path.of("src/test/resources/scenarios/nope.yaml");

    ScenarioResult result = ScenarioFixtures.read(missing);

    assertThat(result.problems())
        .extracting(p -> p.format())
        .containsExactly("src/test/resources/scenarios/nope.yaml: file not found");
  }
}
