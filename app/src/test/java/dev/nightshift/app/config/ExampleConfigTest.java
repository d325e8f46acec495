package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.TimeWindow;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped example, examples/freshness-pipeline, loads cleanly and means what the seed says. */
class ExampleConfigTest {

  private final LoadResult result = ConfigFixtures.load(ConfigFixtures.EXAMPLE);
  private final Config config = result.config().orElseThrow();

  @Test
  void loadsWithoutErrorsOrWarnings() {
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void sharesTheConsumerBetweenBothSlasAndRedisSitsBesideTheTopic() {
    DependencyTree tree = config.tree();
    assertThat(tree.slas())
        .extracting(s -> s.id().value())
        .containsExactly("entity_data_freshness", "entity_consumer_lag");
    assertThat(tree.children(new NodeId("kafka_to_redis_consumer")))
        .extracting(NodeId::value)
        .containsExactly("kafka_entity_topic", "redis_instance");
    assertThat(tree.impact(new NodeId("redis_instance")).slas())
        .extracting(SlaId::value)
        .containsExactly("entity_data_freshness", "entity_consumer_lag");
    assertThat(tree.require(new NodeId("upstream_data_feed")).type()).isEqualTo(NodeType.EXTERNAL);
  }

  @Test
  void healthchecksTakeTheirTopicAndClusterFromTheNode() {
    Healthcheck topic =
        config.tree().require(new NodeId("kafka_entity_topic")).healthcheck().orElseThrow();
    assertThat(topic)
        .isEqualTo(
            new Healthcheck.TopicFreshness(
                Duration.ofSeconds(30),
                "entity_filtered_v1",
                java.util.Optional.of("kraft-cluster"),
                java.util.Optional.empty()));
  }

  @Test
  void freshnessSlaAppliesInLondonBusinessHours() {
    var sla = config.tree().sla(new SlaId("entity_data_freshness")).orElseThrow();
    assertThat(sla.objective().isMetBy(59)).isTrue();
    assertThat(sla.objective().isMetBy(73)).isFalse();
    TimeWindow window = sla.window();
    assertThat(window)
        .isInstanceOfSatisfying(
            TimeWindow.Weekly.class,
            w -> {
              assertThat(w.zone()).isEqualTo(ZoneId.of("Europe/London"));
              assertThat(w.days()).doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            });
    assertThat(window.contains(Instant.parse("2026-11-23T09:00:00Z"))).isTrue(); // a Monday
    assertThat(window.contains(Instant.parse("2026-11-22T09:00:00Z"))).isFalse(); // a Sunday
    assertThat(sla.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void ke001KillsIdleConnectionsOnTheRedisNodeItInfersFromTheContainer() {
    KnownError ke = knownError("ke-001");
    assertThat(ke.fix().type()).isEqualTo(FixType.AUTOMATED);
    DockerExec exec = (DockerExec) ke.fix().steps().getFirst();
    assertThat(exec.actionClass()).isEqualTo(ActionClass.KILL_CONNECTIONS);
    assertThat(exec.target().node()).contains(new NodeId("redis_instance"));
    assertThat(exec.target().resource()).isEqualTo("container/redis");
    Step.Verify verify = (Step.Verify) ke.fix().steps().get(1);
    assertThat(verify.check().toString()).isEqualTo("redis_connected_clients < 200");
    assertThat(verify.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(ke.history().occurrenceCount()).isEqualTo(7);
    assertThat(ke.history().resolutionTimeAvg()).contains(Duration.ofSeconds(45));
  }

  @Test
  void ke004RestartsTheConsumerProcessTakingItsNameFromTheNode() {
    KnownError ke = knownError("ke-004");
    SupervisorRestart restart = (SupervisorRestart) ke.fix().steps().getFirst();
    assertThat(restart.actionClass()).isEqualTo(ActionClass.RESTART_PROCESS);
    assertThat(restart.target().node()).contains(new NodeId("kafka_to_redis_consumer"));
    assertThat(restart.process()).isEqualTo("primary_processes:kafka_to_redis_entity");
  }

  @Test
  void ke002WaitsVerifiesAndEscalatesWithoutActing() {
    KnownError ke = knownError("ke-002");
    assertThat(ke.fix().type()).isEqualTo(FixType.WAIT_AND_VERIFY);
    assertThat(ke.fix().steps())
        .extracting(Step::type)
        .containsExactly("wait", "verify", "escalate_if_failed");
    assertThat(ke.fix().actions()).isEmpty();
    assertThat(ke.signature().metricCondition().orElseThrow().toString())
        .isEqualTo("ws_reconnection_count increase > 3 in 5m");
  }

  @Test
  void ke003IsAConfigTweak() {
    KnownError ke = knownError("ke-003");
    assertThat(ke.fix().actions())
        .singleElement()
        .extracting(a -> a.actionClass())
        .isEqualTo(ActionClass.CONFIG_TWEAK);
    assertThat(ke.signature().node()).isEqualTo(new NodeId("redis_instance"));
  }

  @Test
  void policyIsTheSeedsAutonomyTable() {
    Policy policy = config.policy();
    assertThat(policy.autonomy(ActionClass.READ)).isInstanceOf(Autonomy.Full.class);
    assertThat(policy.autonomy(ActionClass.RESTART_PROCESS))
        .isEqualTo(new Autonomy.AfterFailure(Duration.ofMinutes(5)));
    assertThat(policy.autonomy(ActionClass.CONFIG_TWEAK))
        .isInstanceOf(Autonomy.KnownPatternsOnly.class);
    assertThat(policy.autonomy(ActionClass.RESTART_CONTAINER))
        .isInstanceOf(Autonomy.Approval.class);
    assertThat(policy.autonomy(ActionClass.DELETE_DATA)).isInstanceOf(Autonomy.Never.class);
    assertThat(policy.autonomy(ActionClass.CLUSTER_OPS)).isInstanceOf(Autonomy.Never.class);
    assertThat(policy.phase(Severity.CRITICAL)).isEqualTo(Phase.ASSIST);
    assertThat(policy.limits().maxTreeFraction()).isEqualTo(0.40);
    assertThat(policy.allowedPrograms()).containsExactlyInAnyOrder("redis-cli", "supervisorctl");
  }

  private KnownError knownError(String id) {
    List<KnownError> matches =
        config.knownErrors().stream().filter(k -> k.id().value().equals(id)).toList();
    assertThat(matches).hasSize(1);
    return matches.getFirst();
  }
}
