package dev.nightshift.core.pipeline;

import static dev.nightshift.core.pipeline.AgentWorld.CONSUMER;
import static dev.nightshift.core.pipeline.AgentWorld.FRESHNESS;
import static dev.nightshift.core.pipeline.AgentWorld.KE_001;
import static dev.nightshift.core.pipeline.AgentWorld.REDIS;
import static dev.nightshift.core.pipeline.AgentWorld.REDIS_OUT_OF_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.knownError;
import static dev.nightshift.core.pipeline.AgentWorld.minutes;
import static dev.nightshift.core.pipeline.AgentWorld.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import dev.nightshift.core.topology.SlaRoot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One incident's closed loop after detection, on a manual clock: what a diagnosis leads to when a
 * known error's fix is a human, when another incident is already fixing the same root cause, when
 * the cause is outside Nightshift's reach, and when the walk cannot decide.
 */
class IncidentPipelineTest {

  private final AgentWorld world = new AgentWorld();

  @Nested
  class KnownErrorsWhoseFixIsAHuman {

    private static final KnownErrorId KE_005 = new KnownErrorId("ke-005");

    @Test
    void escalatesWithItsMessageWithoutActingAndCountsTheOccurrence() {
      world.knownErrors =
          List.of(
              knownError(
                  KE_005.value(),
                  REDIS_OUT_OF_CLIENTS.signature(),
                  new Fix(
                      FixType.ESCALATE,
                      List.of(new Step.Escalate("page the DBA", false, Optional.empty())))));
      world.redisOutOfClients();

      world.at(Duration.ZERO);

      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
      assertThat(world.message(1, EventType.ESCALATED))
          .isEqualTo("ke-005 (the cause ke-005 names): page the DBA");
      assertThat(world.executor.calls()).isEmpty();
      assertThat(world.actions(1)).isEmpty();
      KnownErrorStats stats = world.stats(KE_005);
      assertThat(stats.occurrences()).isEqualTo(1);
      assertThat(stats.successes()).isZero();
      assertThat(stats.failures()).isZero();
    }
  }

  @Nested
  class TwoSlasSharingABrokenNode {

    private static final String COMPLETENESS = "completeness";
    private static final String WRITER = "writer";

    /**
     * freshness → consumer → redis and completeness → writer → redis. At t=0 Redis runs out of
     * clients and breaks both; the clients drain by t=10s and both SLAs are back at t=30s.
     */
    TwoSlasSharingABrokenNode() {
      world.tree =
          DependencyTree.of(
              List.of(
                  new SlaRoot(AgentWorld.sla(FRESHNESS, Optional.empty()), Fixtures.ids(CONSUMER)),
                  new SlaRoot(
                      AgentWorld.sla(COMPLETENESS, Optional.empty()), Fixtures.ids(WRITER))),
              List.of(
                  Fixtures.checkedNode(CONSUMER, REDIS),
                  Fixtures.checkedNode(WRITER, REDIS),
                  AgentWorld.redis()));
      world.redisOutOfClients();
      world.prober.unhealthy(WRITER);
      world.sli.reads(COMPLETENESS, 90);
    }

    private void bothRecover() {
      world.at(Duration.ZERO);
      world.runTo(seconds(5));
      world.clients(12);
      world.runTo(seconds(25));
      world.sli.reads(FRESHNESS, 20).reads(COMPLETENESS, 20);
      world.runTo(seconds(30));
    }

    @Test
    void theSecondIncidentFollowsTheFirstAndRunsNothing() {
      world.at(Duration.ZERO);

      assertThat(world.incidents()).hasSize(2);
      assertThat(world.state(2)).isEqualTo(IncidentState.CORRELATED);
      assertThat(world.messages(2, EventType.STATE_CHANGED).getLast())
          .isEqualTo("diagnosing -> correlated: incident 1 is already fixing redis; following it");
      assertThat(world.incident(2).progress().relatedTo()).contains(new IncidentId(1));
      assertThat(world.actions(2)).isEmpty();
      assertThat(world.executor.calls()).hasSize(1);
    }

    @Test
    void theFollowerResolvesWhenTheFirstResolvedAndItsOwnSlaIsMet() {
      bothRecover();

      assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
      assertThat(world.state(2)).isEqualTo(IncidentState.RESOLVED);
      assertThat(world.message(2, EventType.RESOLVED))
          .isEqualTo("recovered with incident 1's fix: completeness 20s meets < 1m");
      assertThat(world.executor.calls()).hasSize(1);
      assertThat(world.actions(2)).isEmpty();
    }

    @Test
    void countsTheSharedCauseAsOneOccurrenceAndOneSuccess() {
      bothRecover();

      KnownErrorStats stats = world.stats(KE_001);
      assertThat(stats.occurrences()).isEqualTo(1);
      assertThat(stats.successes()).isEqualTo(1);
    }

    @Test
    void withOneIncidentAtATimeTheSecondWaitsDetectedUntilTheFirstEnds() {
      world.maxConcurrentIncidents = 1;
      world.at(Duration.ZERO);

      assertThat(world.state(2)).isEqualTo(IncidentState.DETECTED);
      assertThat(world.message(2, EventType.QUEUED))
          .isEqualTo("queued: 1 incidents are being worked on (max_concurrent_incidents 1)");

      bothRecover();
      world.runTo(seconds(40));

      assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
      assertThat(world.state(2)).isEqualTo(IncidentState.RESOLVED);
      assertThat(world.message(2, EventType.RESOLVED)).contains("recovered by itself");
      assertThat(world.executor.calls()).hasSize(1);
    }

    @Test
    void theFollowerStaysCorrelatedWhileTheFirstIsStillFixing() {
      world.at(Duration.ZERO);
      world.runTo(seconds(25));

      assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);
      assertThat(world.state(2)).isEqualTo(IncidentState.CORRELATED);
      assertThat(world.executor.calls()).hasSize(1);
    }
  }

  @Nested
  class CausesOutsideTheKnownErrors {

    private static final String UPSTREAM = "upstream_api";

    @Test
    void escalatesAnExternalRootCauseAsDetectAndAlertOnly() {
      world.knownErrors = List.of();
      world.tree =
          DependencyTree.of(
              List.of(
                  new SlaRoot(AgentWorld.sla(FRESHNESS, Optional.empty()), Fixtures.ids(CONSUMER))),
              List.of(
                  Fixtures.checkedNode(CONSUMER, UPSTREAM),
                  Fixtures.withCheck(Fixtures.node(UPSTREAM, NodeType.EXTERNAL))));
      world.sli.reads(FRESHNESS, 90);
      world.prober.unhealthy(CONSUMER, UPSTREAM);

      world.at(Duration.ZERO);

      assertThat(world.message(1, EventType.DIAGNOSED))
          .isEqualTo("upstream_api is abnormal while everything below is healthy");
      assertThat(world.message(1, EventType.NO_KNOWN_ERROR))
          .isEqualTo("no known error explains it");
      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
      assertThat(world.message(1, EventType.ESCALATED))
          .isEqualTo("upstream_api is external: Nightshift can only detect and alert");
      assertThat(world.executor.calls()).isEmpty();
    }

    @Test
    void escalatesAWalkThatCouldNotCheckANodeInsteadOfCallingItHealthy() {
      world.tree =
          DependencyTree.of(
              List.of(
                  new SlaRoot(AgentWorld.sla(FRESHNESS, Optional.empty()), Fixtures.ids(CONSUMER))),
              List.of(Fixtures.checkedNode(CONSUMER, REDIS), Fixtures.node(REDIS)));
      world.sli.reads(FRESHNESS, 90);
      world.prober.healthy(CONSUMER);

      world.at(Duration.ZERO);

      assertThat(world.messages(1, EventType.NODE_CHECKED))
          .containsExactly(
              "consumer is healthy: consumer is fine",
              "redis is unknown: no healthcheck is defined for this node");
      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
      assertThat(world.message(1, EventType.ESCALATED))
          .isEqualTo(
              "no node is abnormal, but redis could not be checked; freshness 1m30s breaches <"
                  + " 1m");
      assertThat(world.messages(1, EventType.RESOLVED)).isEmpty();
      assertThat(world.executor.calls()).isEmpty();
    }

    @Test
    void takesNoActionWhenADependencyOfTheCauseCouldNotBeChecked() {
      world.knownErrors =
          List.of(
              knownError(
                  "ke-009",
                  new Signature(new NodeId(CONSUMER), Optional.empty(), Optional.empty()),
                  REDIS_OUT_OF_CLIENTS.fix()));
      world.sli.reads(FRESHNESS, 90);
      world.prober.unhealthy(CONSUMER);
      world.prober.answer(REDIS, Health.unknown("redis://127.0.0.1:6379 did not answer in 5s"));

      world.at(Duration.ZERO);

      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
      assertThat(world.message(1, EventType.ESCALATED))
          .isEqualTo(
              "blind below consumer: redis could not be checked, so no action is taken on"
                  + " missing data");
      assertThat(world.messages(1, EventType.KNOWN_ERROR_MATCHED)).isEmpty();
      assertThat(world.executor.calls()).isEmpty();
    }
  }

  @Nested
  class ChangesNearTheBreach {

    /**
     * freshness → consumer → redis. At t=-40m someone deployed redis 7.0 (outside the window), at
     * t=-4m alice deployed redis 7.2, at t=-2m a dashboard unrelated to the walk; at t=0 Redis runs
     * out of clients.
     */
    ChangesNearTheBreach() {
      world.redisOutOfClients();
      world.stores.changes().record(deploy(REDIS, "7.0", minutes(-40)));
      world.stores.changes().record(deploy(REDIS, "7.2", minutes(-4)));
      world.stores.changes().record(deploy("dashboard", "1.1", minutes(-2)));
    }

    @Test
    void journalsTheDeployOfAWalkedNodeWithinTheWindow() {
      world.at(Duration.ZERO);

      assertThat(world.messages(1, EventType.CHANGE_CORRELATED))
          .containsExactly("redis 7.2 deployed by alice 4 min before the SLA broke");
      assertThat(world.types(1))
          .containsSubsequence(EventType.DIAGNOSED, EventType.CHANGE_CORRELATED);
    }

    @Test
    void theKeptReportSuggestsRollingItBack() {
      world.at(Duration.ZERO);
      world.runTo(seconds(5));
      world.clients(12);
      world.runTo(seconds(25));
      world.sli.reads(FRESHNESS, 20);
      world.runTo(seconds(30));

      assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);

      assertThat(world.incident(1).report().orElseThrow())
          .contains("Consider rolling back redis 7.2 deployed 4 min before")
          .contains("redis 7.2 by alice (4 min before the incident opened)")
          .doesNotContain("rolling back dashboard");
    }

    private ChangeEvent deploy(String service, String version, Duration at) {
      return new ChangeEvent(
          service,
          version,
          AgentWorld.T0.plus(at),
          Optional.of("alice"),
          Optional.empty(),
          "webhook");
    }
  }
}
