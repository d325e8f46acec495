package dev.nightshift.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.Config;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.SliReading;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.SimPlatform;
import dev.nightshift.sim.VirtualClock;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The issue's scenario on the example configuration, driven by hand as the runner will drive it:
 * the fault shows where ke-001 looks, and ke-001's own fix ends it.
 */
class IssueExampleTest {

  private final ScenarioResult read =
      ScenarioFixtures.read(ScenarioFixtures.ROOT.resolve("issue-example.yaml"));
  private final Scenario scenario = read.scenario().orElseThrow();
  private final Config config = read.config().orElseThrow();
  private final SimPlatform platform =
      new SimPlatform(scenario, config.tree(), config.policy(), new VirtualClock(scenario.start()));

  private Node node(String id) {
    return config.tree().require(new NodeId(id));
  }

  private HealthStatus health(String id) {
    Node node = node(id);
    return platform.prober().check(node.healthcheck().orElseThrow(), node.coordinates()).status();
  }

  private MetricReading.Values values(MetricCondition condition) {
    return (MetricReading.Values) platform.metrics().values(condition);
  }

  private KnownError ke001() {
    return config.knownErrors().stream()
        .filter(e -> e.id().equals(new KnownErrorId("ke-001")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theFaultShowsWhereTheKnownErrorLooksAndItsFixEndsIt() {
    KnownError ke001 = ke001();
    MetricCondition signature = ke001.signature().metricCondition().orElseThrow();
    assertThat(health("redis_instance")).isEqualTo(HealthStatus.HEALTHY);
    assertThat(values(signature).any(signature.bound())).isFalse();

    platform.clock().advanceTo(scenario.start().plusSeconds(130));

    assertThat(health("redis_instance")).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health("kafka_to_redis_consumer")).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health("websocket_ingestion")).isEqualTo(HealthStatus.HEALTHY);
    assertThat(values(signature).any(signature.bound())).isTrue();
    LogReading logs =
        platform.logs().recentErrors(node("kafka_to_redis_consumer"), Duration.ofMinutes(5));
    assertThat(((LogReading.Lines) logs).lines())
        .anyMatch(l -> ke001.signature().logPattern().orElseThrow().matches(l.text()));
    SliReading freshness =
        platform.sli().measure(config.tree().sla(new SlaId("entity_data_freshness")).orElseThrow());
    assertThat(((SliReading.Measured) freshness).value()).isGreaterThan(60);

    Action fix = ke001.fix().actions().getFirst();
    ExecutionResult result = platform.executor().execute(fix, IdempotencyKey.of(1, 1, 1));
    platform.clock().advance(Duration.ofSeconds(10));

    assertThat(result)
        .isEqualTo(new ExecutionResult.Succeeded("simulated: cleared pool-exhaustion"));
    Step.Verify verify = (Step.Verify) ke001.fix().steps().get(1);
    assertThat(values(verify.check()).all(verify.check().bound())).isTrue();
    assertThat(health("redis_instance")).isEqualTo(HealthStatus.HEALTHY);
    assertThat(platform.violations()).isEmpty();
  }

  @Test
  void anSlaTheScenarioGivesNoValueIsUnavailable() {
    SliReading lag =
        platform.sli().measure(config.tree().sla(new SlaId("entity_consumer_lag")).orElseThrow());

    assertThat(lag)
        .isEqualTo(new SliReading.Unavailable("the scenario gives no SLI for entity_consumer_lag"));
  }
}
