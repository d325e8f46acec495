package dev.nightshift.core.pipeline;

import static dev.nightshift.core.pipeline.AgentWorld.CONSUMER;
import static dev.nightshift.core.pipeline.AgentWorld.FRESHNESS;
import static dev.nightshift.core.pipeline.AgentWorld.GATUS_CHECK;
import static dev.nightshift.core.pipeline.AgentWorld.KE_001;
import static dev.nightshift.core.pipeline.AgentWorld.KILL_IDLE_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.REDIS;
import static dev.nightshift.core.pipeline.AgentWorld.T0;
import static dev.nightshift.core.pipeline.AgentWorld.minutes;
import static dev.nightshift.core.pipeline.AgentWorld.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.DiagnosisText;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.testing.RecordingExecutor;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The agent loop on a manual clock: breaches and alerts become incidents, one per SLA, and an
 * incident runs from detection to its report. The platform is {@link AgentWorld}'s: freshness over
 * a consumer over Redis, and the seed's known error of Redis out of clients.
 */
class AgentTest {

  private final AgentWorld world = new AgentWorld();

  @Nested
  class HappyPath {

    HappyPath() {
      world.executor.succeeding("killed 288 clients");
    }

    /**
     * At t=0 freshness breaks (90 s): the agent opens incident 1, walks the tree, matches ke-001
     * and kills Redis' idle clients. The clients drain by t=10s, when verification passes;
     * freshness is back at t=30s, when the incident is resolved.
     */
    private void redisRunsOutOfClientsAndTheFixWorks() {
      world.redisOutOfClients();
      world.at(Duration.ZERO);
      world.runTo(seconds(5));
      world.clients(12);
      world.runTo(seconds(25));
      world.sli.reads(FRESHNESS, 20);
      world.runTo(seconds(30));
    }

    @Test
    void resolvesABreachByRunningTheKnownErrorsFixOnceAndWaitingForTheSla() {
      world.redisOutOfClients();

      world.at(Duration.ZERO);
      assertThat(world.incidents()).hasSize(1);
      assertThat(world.message(1, EventType.DETECTED)).isEqualTo("freshness 1m30s breaches < 1m");
      assertThat(world.events(1).getFirst().facts()).containsEntry("sla", FRESHNESS);
      assertThat(world.message(1, EventType.DIAGNOSED))
          .isEqualTo("redis is abnormal while everything below is healthy");
      assertThat(world.message(1, EventType.KNOWN_ERROR_MATCHED)).startsWith("ke-001 ");
      assertThat(world.message(1, EventType.POLICY_DECISION))
          .startsWith("docker_exec on redis (container/redis) (drop idle clients): allow — ");
      assertThat(world.executor.calls())
          .containsExactly(
              new RecordingExecutor.Call(KILL_IDLE_CLIENTS, IdempotencyKey.of(1, 1, 0)));
      assertThat(world.message(1, EventType.ACTION_EXECUTED))
          .isEqualTo(
              "ran docker_exec on redis (container/redis) (drop idle clients): killed 288 clients");
      assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);

      world.runTo(seconds(5));
      assertThat(world.messages(1, EventType.VERIFIED)).isEmpty();

      world.clients(12);
      world.runTo(seconds(10));
      assertThat(world.messages(1, EventType.VERIFIED))
          .containsExactly("redis_connected_clients < 100 holds: [" + clients(12) + "]");
      assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);

      world.runTo(seconds(25));
      assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);

      world.sli.reads(FRESHNESS, 20);
      world.runTo(seconds(30));
      Incident resolved = world.incident(1);
      assertThat(resolved.state()).isEqualTo(IncidentState.RESOLVED);
      assertThat(resolved.closedAt()).contains(T0.plus(seconds(30)));
      assertThat(world.message(1, EventType.RESOLVED))
          .isEqualTo("fixed and verified: freshness 20s meets < 1m");
      assertThat(world.executor.calls()).hasSize(1);
      assertThat(world.notified).extracting(Incident::id).containsExactly(resolved.id());
    }

    @Test
    void walksTheStagesInOrder() {
      redisRunsOutOfClientsAndTheFixWorks();

      assertThat(world.types(1))
          .containsExactly(
              EventType.DETECTED,
              EventType.STATE_CHANGED, // detected -> diagnosing
              EventType.NODE_CHECKED,
              EventType.NODE_CHECKED,
              EventType.DIAGNOSED,
              EventType.KNOWN_ERROR_MATCHED,
              EventType.STATE_CHANGED, // diagnosing -> remediating
              EventType.POLICY_DECISION,
              EventType.ACTION_EXECUTED,
              EventType.STATE_CHANGED, // remediating -> verifying the check
              EventType.VERIFIED,
              EventType.STATE_CHANGED, // verifying -> remediating, the next step
              EventType.STATE_CHANGED, // remediating -> verifying the SLA
              EventType.RESOLVED,
              EventType.REPORTED);
      assertThat(at(EventType.ACTION_EXECUTED)).isEqualTo(Duration.ZERO);
      assertThat(at(EventType.VERIFIED)).isEqualTo(seconds(10));
      assertThat(at(EventType.RESOLVED)).isEqualTo(seconds(30));
    }

    @Test
    void reportsThePathTheKnownErrorTheActionAndTheSlaBeforeAndAfter() {
      redisRunsOutOfClientsAndTheFixWorks();

      String report = world.incident(1).report().orElseThrow();
      assertThat(report)
          .contains(
              "Incident 1 — freshness (high) — RESOLVED after 30s",
              "What fired:  freshness 1m30s breaches < 1m at 2026-03-02T10:00:00Z",
              "Path walked:\n"
                  + "  XX  consumer — unhealthy: consumer is down\n"
                  + "  XX  redis — unhealthy: redis is down\n"
                  + "      log: ERR max number of clients reached\n"
                  + "      metric: "
                  + clients(300)
                  + "\n",
              "Diagnosis:   redis is abnormal while everything below is healthy (root cause:"
                  + " redis)",
              "Known error: ke-001: the cause ke-001 names\n",
              "Impact:      SLAs freshness; nodes redis, consumer\n",
              "Nightshift ran docker_exec on container/redis. Resolved: fixed and verified:"
                  + " freshness 20s meets < 1m.",
              "Actions:\n  2026-03-02T10:00:00Z  docker_exec on container/redis [kill_connections]"
                  + " — executed: killed 288 clients\n",
              "SLA before:  freshness 1m30s breaches < 1m",
              "SLA after:   freshness 20s meets < 1m",
              "Outcome:     RESOLVED\n");
      assertThat(report).doesNotContain("Next steps");
    }

    @Test
    void learnsAnOccurrenceAndASuccessWithTheTimeToResolve() {
      redisRunsOutOfClientsAndTheFixWorks();

      KnownErrorStats stats = world.stats(KE_001);
      assertThat(stats.occurrences()).isEqualTo(1);
      assertThat(stats.successes()).isEqualTo(1);
      assertThat(stats.failures()).isZero();
      assertThat(stats.firstSeen()).contains(T0);
      assertThat(stats.meanTimeToResolve()).contains(seconds(30));
    }

    @Test
    void recordsTheExecutedActionDurably() {
      redisRunsOutOfClientsAndTheFixWorks();

      ActionRecord executed = world.actions(1).getFirst();
      assertThat(world.actions(1)).hasSize(1);
      assertThat(executed.key()).isEqualTo(IdempotencyKey.of(1, 1, 0));
      assertThat(executed.outcome()).isEqualTo(ActionOutcome.EXECUTED);
      assertThat(executed.at()).isEqualTo(T0);
      assertThat(executed.node()).contains(new NodeId(REDIS));
    }

    @Test
    void auditsEveryTimelineEventInAnIntactChain() {
      redisRunsOutOfClientsAndTheFixWorks();

      List<AuditEntry> entries = world.stores.audit().entries();
      assertThat(AuditChain.verify(entries)).isInstanceOf(AuditChain.Check.Intact.class);
      assertThat(entries)
          .extracting(e -> e.record().kind())
          .containsExactlyElementsOf(
              world.types(1).stream().map(t -> "incident." + t.wireName()).toList());
      assertThat(entries)
          .extracting(e -> e.record().detail())
          .containsExactlyElementsOf(world.events(1).stream().map(TimelineEvent::message).toList());
      assertThat(entries).allMatch(e -> e.record().subject().equals("incident 1"));
    }

    private Duration at(EventType type) {
      return world.events(1).stream()
          .filter(e -> e.type() == type)
          .map(e -> Duration.between(T0, e.at()))
          .findFirst()
          .orElseThrow();
    }
  }

  @Nested
  class OneIncidentPerSla {

    @Test
    void opensNothingNewWhileTheSlasIncidentIsOpen() {
      world.redisOutOfClients(); // the verify never holds: the incident stays open

      world.at(Duration.ZERO);
      world.runTo(seconds(45));

      assertThat(world.incidents()).hasSize(1);
      assertThat(world.state(1).isTerminal()).isFalse();
      assertThat(world.messages(1, EventType.DETECTED)).hasSize(1);
      assertThat(world.messages(1, EventType.SIGNAL_ATTACHED)).isEmpty();
    }

    @Test
    void attachesAnAlertForTheOpenSlaByItsGatusCheckName() {
      world.redisOutOfClients();
      world.at(Duration.ZERO);
      world.runTo(seconds(15));

      world
          .agent()
          .alert(
              new ExternalAlert(
                  "gatus",
                  Optional.of(GATUS_CHECK),
                  Optional.empty(),
                  Optional.empty(),
                  "freshness-e2e is failing"));
      world.runTo(seconds(20));

      assertThat(world.incidents()).hasSize(1);
      assertThat(world.events(1))
          .filteredOn(e -> e.type() == EventType.SIGNAL_ATTACHED)
          .singleElement()
          .satisfies(e -> {
            assertThat(e.message()).isEqualTo("also fired: gatus: freshness-e2e is failing");
            assertThat(e.at()).isEqualTo(T0.plus(seconds(20)));
          });
    }

    @Test
    void notesAResolvedAlertOnTheOpenIncidentOfItsSla() {
      world.redisOutOfClients();
      world.at(Duration.ZERO);
      world.runTo(seconds(15));

      world.agent().resolved(gatusAlert(), T0.plus(seconds(12)));
      world.runTo(seconds(20));

      assertThat(world.incidents()).hasSize(1);
      assertThat(world.events(1))
          .filteredOn(e -> e.type() == EventType.SIGNAL_ATTACHED)
          .singleElement()
          .satisfies(e -> {
            assertThat(e.message())
                .isEqualTo("alert freshness-e2e resolved at " + T0.plus(seconds(12)));
            assertThat(e.facts()).containsEntry("source", "gatus");
          });
    }

    @Test
    void opensNoIncidentForAResolvedAlert() {
      world.sli.reads(FRESHNESS, 20);
      world.prober.healthy(CONSUMER, REDIS);
      world.at(Duration.ZERO);

      world.agent().resolved(gatusAlert(), T0);
      world.runTo(seconds(5));

      assertThat(world.incidents()).isEmpty();
    }

    @Test
    void opensAnIncidentOnTheSlaThatANamedNodeBreaks() {
      world.sli.reads(FRESHNESS, 20);
      world.prober.healthy(CONSUMER, REDIS);
      world.at(Duration.ZERO);
      assertThat(world.incidents()).isEmpty();

      world
          .agent()
          .alert(ExternalAlert.forNode("alertmanager", new NodeId(REDIS), "RedisTooManyClients"));
      world.runTo(seconds(5));

      Incident opened = world.incident(1);
      assertThat(opened.sla()).isEqualTo(new SlaId(FRESHNESS));
      assertThat(opened.openedAt()).isEqualTo(T0.plus(seconds(5)));
      assertThat(world.message(1, EventType.DETECTED))
          .isEqualTo("alertmanager: RedisTooManyClients");
    }
  }

  @Nested
  class AfterAnEscalation {

    /** No known error explains Redis: at t=0 the incident is escalated with freshness broken. */
    private void anUnexplainedBreachIsEscalated() {
      world.knownErrors = List.of();
      world.redisOutOfClients();
      world.at(Duration.ZERO);
      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    }

    @Test
    void doesNotOpenANewIncidentEveryIntervalWhileTheSlaStaysBroken() {
      anUnexplainedBreachIsEscalated();

      world.runTo(minutes(5));

      assertThat(world.incidents()).hasSize(1);
    }

    @Test
    void opensANewIncidentForTheNextBreachOnceTheSlaWasSeenMet() {
      anUnexplainedBreachIsEscalated();
      world.runTo(minutes(5));

      world.sli.reads(FRESHNESS, 20);
      world.runTo(minutes(5).plus(seconds(15)));
      assertThat(world.incidents()).hasSize(1);

      world.sli.reads(FRESHNESS, 90);
      world.runTo(minutes(5).plus(seconds(30)));
      assertThat(world.incidents()).hasSize(2);
      assertThat(world.incident(2).openedAt()).isEqualTo(T0.plus(minutes(5)).plus(seconds(30)));
      assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    }

    /**
     * docs/pipeline.md: after an escalation "no new incident is opened for it until it has been
     * seen within its objective again". A Gatus check that keeps firing opens one incident per
     * alert.
     */
    @Test
    void doesNotOpenANewIncidentForEveryRepeatOfAnAlertWhileTheSlaStaysBroken() {
      anUnexplainedBreachIsEscalated();

      for (int minute = 1; minute <= 3; minute++) {
        world.agent().alert(ExternalAlert.forSla("gatus", new SlaId(FRESHNESS), "still failing"));
        world.runTo(minutes(minute));
      }

      assertThat(world.incidents()).hasSize(1);
    }

    @Test
    void notesAResolvedAlertOnTheEscalatedIncidentAHumanHas() {
      anUnexplainedBreachIsEscalated();

      world.agent().resolved(gatusAlert(), T0.plus(seconds(30)));
      world.runTo(minutes(1));

      assertThat(world.incidents()).hasSize(1);
      assertThat(world.messages(1, EventType.SIGNAL_ATTACHED))
          .containsExactly("alert freshness-e2e resolved at " + T0.plus(seconds(30)));
    }

    @Test
    void aRestartedAgentStillLeavesTheEscalatedSlaToAHuman() {
      anUnexplainedBreachIsEscalated();

      world.restart();
      world.runTo(minutes(1));

      assertThat(world.incidents()).hasSize(1);
    }
  }

  @Test
  void aDiagnoseOnRequestWalksTheTreeButOpensNothing() {
    world.redisOutOfClients();

    Diagnosis walk = world.agent().diagnose(new SlaId(FRESHNESS));

    assertThat(walk.primaryCause()).contains(new NodeId("redis"));
    assertThat(DiagnosisText.render(walk))
        .contains("✗ redis — unhealthy")
        .contains("Root cause: [redis]");
    assertThat(world.incidents()).isEmpty();
    assertThat(world.executor.executed()).isEmpty();
  }

  private static ExternalAlert gatusAlert() {
    return new ExternalAlert(
        "gatus", Optional.of(GATUS_CHECK), Optional.empty(), Optional.empty(), "freshness-e2e");
  }

  private static String clients(double count) {
    return "redis_connected_clients{instance=\"redis\"} = " + (long) count;
  }
}
