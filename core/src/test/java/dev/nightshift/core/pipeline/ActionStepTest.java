package dev.nightshift.core.pipeline;

import static dev.nightshift.core.pipeline.AgentWorld.CONSUMER;
import static dev.nightshift.core.pipeline.AgentWorld.FEW_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.FRESHNESS;
import static dev.nightshift.core.pipeline.AgentWorld.KILL_IDLE_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.REDIS;
import static dev.nightshift.core.pipeline.AgentWorld.REDIS_OUT_OF_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.T0;
import static dev.nightshift.core.pipeline.AgentWorld.VERIFY_TIMEOUT;
import static dev.nightshift.core.pipeline.AgentWorld.knownError;
import static dev.nightshift.core.pipeline.AgentWorld.minutes;
import static dev.nightshift.core.pipeline.AgentWorld.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SliReading;
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
 * One action of a fix, through the agent on a manual clock: it runs at most once per idempotency
 * key, only while the problem is still there, never on an external node, and only as the policy
 * gate decides.
 */
class ActionStepTest {

  private final AgentWorld world = new AgentWorld();

  @Nested
  class RecheckBeforeActing {

    /** ke-001 with a 30 s wait before the kill, so that the world can change in between. */
    private static final KnownError WAIT_THEN_KILL =
        knownError(
            "ke-001",
            REDIS_OUT_OF_CLIENTS.signature(),
            new Fix(
                FixType.AUTOMATED,
                List.of(
                    new Step.Wait(seconds(30), Optional.of("let the pool drain")),
                    KILL_IDLE_CLIENTS,
                    new Step.Verify(FEW_CLIENTS, VERIFY_TIMEOUT, Optional.empty()))));

    RecheckBeforeActing() {
      world.knownErrors = List.of(WAIT_THEN_KILL);
      world.redisOutOfClients();
    }

    @Test
    void resolvesWithoutActingWhenTheSlaRecoveredByItselfBeforeTheAction() {
      world.at(Duration.ZERO);
      assertThat(world.message(1, EventType.WAITED)).isEqualTo("waiting 30s: let the pool drain");

      world.runTo(seconds(20));
      world.clients(12); // the consumer's own retry released the connections
      world.prober.healthy(CONSUMER, REDIS);
      world.sli.reads(FRESHNESS, 20);
      world.runTo(seconds(25));
      assertThat(world.state(1)).isEqualTo(IncidentState.REMEDIATING);

      world.runTo(seconds(30));
      assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
      assertThat(world.message(1, EventType.RESOLVED))
          .isEqualTo(
              "recovered by itself before docker_exec on redis (container/redis) (drop idle"
                  + " clients) (redis_connected_clients > 280 no longer holds): freshness 20s"
                  + " meets < 1m");
      assertThat(world.executor.calls()).isEmpty();
      assertThat(world.actions(1)).isEmpty();
      assertThat(world.messages(1, EventType.POLICY_DECISION)).isEmpty();
    }

    @Test
    void skipsTheActionWhenItsConditionNoLongerHoldsAndGoesOnToVerify() {
      world.at(Duration.ZERO);
      world.runTo(seconds(20));
      world.clients(12); // Redis has clients to spare again, but freshness is still broken

      world.runTo(seconds(30));
      assertThat(world.message(1, EventType.ACTION_INTENDED))
          .isEqualTo(
              "skipped docker_exec on redis (container/redis) (drop idle clients):"
                  + " redis_connected_clients > 280 no longer holds");
      assertThat(world.events(1))
          .filteredOn(e -> e.type() == EventType.VERIFIED)
          .singleElement()
          .satisfies(e -> assertThat(e.at()).isEqualTo(T0.plus(seconds(30))));
      assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);

      world.sli.reads(FRESHNESS, 20);
      world.runTo(seconds(45));
      assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
      assertThat(world.executor.calls()).isEmpty();
      assertThat(world.actions(1)).isEmpty();
    }

    @Test
    void skipsTheActionWhenTheNodeItActsForIsHealthyAgain() {
      world.at(Duration.ZERO);
      world.runTo(seconds(20));
      world.prober.healthy(CONSUMER, REDIS);

      world.runTo(seconds(30));

      assertThat(world.message(1, EventType.ACTION_INTENDED))
          .isEqualTo(
              "skipped docker_exec on redis (container/redis) (drop idle clients): redis is"
                  + " healthy");
      assertThat(world.executor.calls()).isEmpty();
    }

    /**
     * The precondition of a fix is its known error's signature, not the SLA: Redis one client from
     * its limit is fixed even if freshness has caught up meanwhile (docs/pipeline.md).
     */
    @Test
    void actsWhileTheSignatureStillHoldsEvenIfTheSlaIsAlreadyBack() {
      world.at(Duration.ZERO);
      world.runTo(seconds(20));
      world.sli.reads(FRESHNESS, 20);

      world.runTo(seconds(30));

      assertThat(world.executor.calls()).hasSize(1);
    }

    /**
     * The walk never reads an unknown node as healthy, but the re-check before acting does: Redis'
     * check failing at the moment of the action reads as "the problem is gone", although the
     * signature's condition (300 clients) still holds.
     */
    @Test
    void actsWhenTheNodeItActsForCannotBeCheckedAndTheSignatureStillHolds() {
      world.at(Duration.ZERO);
      world.runTo(seconds(20));
      world.prober.answer(REDIS, Health.unknown("the check timed out"));

      world.runTo(seconds(30));

      assertThat(world.messages(1, EventType.ACTION_INTENDED)).isEmpty();
      assertThat(world.executor.calls()).hasSize(1);
    }

    /**
     * docs/pipeline.md: an SLI that cannot be read "never counts as met". Redis recovered, but
     * freshness cannot be read: the incident must not end as recovered.
     */
    @Test
    void doesNotResolveWhileTheSliCannotBeRead() {
      world.at(Duration.ZERO);
      world.runTo(seconds(20));
      world.clients(12);
      world.prober.healthy(CONSUMER, REDIS);
      world.sli.answer(FRESHNESS, new SliReading.Unavailable("prometheus is down"));

      world.runTo(seconds(30));

      assertThat(world.state(1)).isNotEqualTo(IncidentState.RESOLVED);
    }
  }

  @Nested
  class Idempotency {

    @Test
    void doesNotRunAnExecutedStepAgainAfterARestart() {
      world.redisOutOfClients();
      world.at(Duration.ZERO);
      assertThat(world.executor.calls()).hasSize(1);
      ActionRecord executed = world.actions(1).getFirst();
      assertThat(executed.key()).isEqualTo(IdempotencyKey.of(1, 1, 0));
      assertThat(executed.outcome()).isEqualTo(ActionOutcome.EXECUTED);

      // The daemon died after the executor ran and the action log recorded it, but before the
      // incident's move past the step was saved: it is stored still at step 0 of attempt 1.
      Incident beforeTheCrash = world.incident(1);
      world
          .stores
          .incidents()
          .save(
              new Incident(
                  beforeTheCrash.id(),
                  beforeTheCrash.sla(),
                  beforeTheCrash.severity(),
                  IncidentState.REMEDIATING,
                  beforeTheCrash.trigger(),
                  beforeTheCrash.openedAt(),
                  beforeTheCrash.openedAt(),
                  Optional.empty(),
                  beforeTheCrash.progress().atStep(0),
                  Optional.empty()));
      world.restart();

      world.runTo(seconds(5));
      assertThat(world.executor.calls()).hasSize(1);
      assertThat(world.incident(1).progress().step()).isEqualTo(1);
      assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);

      world.clients(12);
      world.sli.reads(FRESHNESS, 20);
      world.runTo(seconds(15));
      assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
      assertThat(world.executor.calls()).hasSize(1);
      assertThat(world.actions(1)).containsExactly(executed);
    }
  }

  @Nested
  class IntentionsOnly {

    @Test
    void onlyIntendsAndEscalatesInTheObservePhase() {
      world.phases.put(Severity.HIGH, Phase.OBSERVE);
      world.redisOutOfClients();

      world.at(Duration.ZERO);

      assertIntendedAndEscalated("the high severity is in the observe phase: intentions only");
    }

    @Test
    void onlyIntendsAndEscalatesWhenAnOperatorTurnedTheKillSwitchOn() {
      world.stores.controls().setKillSwitch(true);
      world.redisOutOfClients();

      world.at(Duration.ZERO);

      assertIntendedAndEscalated("the kill switch is on: every action is an intention only");
    }

    private void assertIntendedAndEscalated(String reason) {
      assertThat(world.executor.calls()).isEmpty();
      assertThat(world.actions(1))
          .singleElement()
          .satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(ActionOutcome.INTENDED);
            assertThat(a.detail()).isEqualTo(reason);
          });
      assertThat(world.message(1, EventType.POLICY_DECISION))
          .isEqualTo(
              "docker_exec on redis (container/redis) (drop idle clients): intend — " + reason);
      assertThat(world.message(1, EventType.ACTION_INTENDED))
          .isEqualTo(
              "would run docker_exec on redis (container/redis) (drop idle clients) ("
                  + reason
                  + ")");
      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
      assertThat(world.message(1, EventType.ESCALATED))
          .isEqualTo(
              "intended docker_exec on redis (container/redis) (drop idle clients) but did not run"
                  + " it: "
                  + reason);
    }
  }

  @Nested
  class AfterFailure {

    private static final String PROCESS = "primary:consumer";
    private static final SupervisorRestart RESTART_CONSUMER =
        new SupervisorRestart(
            Target.of(Optional.of(new NodeId(CONSUMER)), "process", PROCESS),
            Optional.empty(),
            PROCESS,
            Optional.empty());

    @Test
    void holdsAProcessRestartUntilTheFailureIsFiveMinutesOldThenRunsIt() {
      world.classes.put(
          ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.AfterFailure(minutes(5))));
      world.knownErrors =
          List.of(
              knownError(
                  "ke-010",
                  new Signature(new NodeId(CONSUMER), Optional.empty(), Optional.empty()),
                  new Fix(FixType.AUTOMATED, List.of(RESTART_CONSUMER))));
      world.sli.reads(FRESHNESS, 90);
      world.prober.unhealthy(CONSUMER).healthy(REDIS);

      world.at(Duration.ZERO);
      assertThat(world.message(1, EventType.POLICY_DECISION))
          .isEqualTo(
              "supervisor_restart on consumer (process/primary:consumer): hold — restart_process"
                  + " acts only after 5m of failure; failing since 2026-03-02T10:00:00Z");
      assertThat(world.state(1)).isEqualTo(IncidentState.REMEDIATING);

      world.runTo(minutes(5).minus(seconds(5)));
      assertThat(world.executor.calls()).isEmpty();

      world.runTo(minutes(5));
      assertThat(world.executor.executed()).containsExactly(RESTART_CONSUMER);
      assertThat(world.actions(1))
          .singleElement()
          .satisfies(a -> assertThat(a.at()).isEqualTo(T0.plus(minutes(5))));
      assertThat(world.messages(1, EventType.POLICY_DECISION)).hasSize(2);
    }
  }

  @Nested
  class ExternalNodes {

    private static final String UPSTREAM = "upstream_api";
    private static final SupervisorRestart RESTART_UPSTREAM =
        new SupervisorRestart(
            Target.of(Optional.of(new NodeId(UPSTREAM)), "process", UPSTREAM),
            Optional.empty(),
            UPSTREAM,
            Optional.empty());

    @Test
    void refusesAnActionOnAnExternalNodeAndEscalates() {
      world.tree =
          DependencyTree.of(
              List.of(
                  new SlaRoot(AgentWorld.sla(FRESHNESS, Optional.empty()), Fixtures.ids(CONSUMER))),
              List.of(
                  Fixtures.checkedNode(CONSUMER, UPSTREAM),
                  Fixtures.withCheck(Fixtures.node(UPSTREAM, NodeType.EXTERNAL))));
      world.knownErrors =
          List.of(
              knownError(
                  "ke-020",
                  new Signature(new NodeId(CONSUMER), Optional.empty(), Optional.empty()),
                  new Fix(FixType.AUTOMATED, List.of(RESTART_UPSTREAM))));
      world.sli.reads(FRESHNESS, 90);
      world.prober.unhealthy(CONSUMER).healthy(UPSTREAM);

      world.at(Duration.ZERO);

      assertThat(world.executor.calls()).isEmpty();
      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
      assertThat(world.message(1, EventType.ESCALATED))
          .isEqualTo(
              "supervisor_restart on upstream_api (process/upstream_api) was not allowed:"
                  + " upstream_api is external: Nightshift never acts on it");
      assertThat(world.actions(1))
          .singleElement()
          .satisfies(a -> assertThat(a.outcome()).isEqualTo(ActionOutcome.DENIED));
      assertThat(world.messages(1, EventType.POLICY_DECISION)).isEmpty();
    }
  }
}
