package dev.nightshift.core.pipeline;

import static dev.nightshift.core.pipeline.AgentWorld.FEW_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.FRESHNESS;
import static dev.nightshift.core.pipeline.AgentWorld.KILL_IDLE_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.MAX_CLIENTS_LINE;
import static dev.nightshift.core.pipeline.AgentWorld.REDIS;
import static dev.nightshift.core.pipeline.AgentWorld.TICK;
import static dev.nightshift.core.pipeline.AgentWorld.TOO_MANY_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.VERIFY_TIMEOUT;
import static dev.nightshift.core.pipeline.AgentWorld.minutes;
import static dev.nightshift.core.pipeline.AgentWorld.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.Draft;
import dev.nightshift.core.knowledge.History;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.knowledge.LogPattern;
import dev.nightshift.core.knowledge.LogTemplate;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.ReasonerSettings;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.reasoning.Redactor;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.testing.FakeReasoner;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failure no known error explains, with a scripted reasoner: the proposal goes through the policy
 * gate and a human, the fix is verified, and what it taught becomes a proposed known error that,
 * once approved, fixes the next occurrence without asking the reasoner.
 */
class AgentReasoningTest {

  static final StepSpec KILL_SPEC =
      new StepSpec(
          "docker_exec",
          Optional.of(new NodeId(REDIS)),
          Map.of(
              "container",
              REDIS,
              "command",
              List.of("redis-cli", "CLIENT", "KILL", "MAXAGE", "300")));
  static final String EXPLANATION = "Redis ran out of client connections";
  static final String KILL = "docker_exec on redis (container/redis) (drop idle clients)";
  static final IdempotencyKey FIRST_STEP = IdempotencyKey.of(1, 1, 0);
  static final KnownErrorId LEARNED_1 = new KnownErrorId("learned-1");

  static final Hypothesis KILL_IDLE =
      new Hypothesis(
          REDIS,
          EXPLANATION,
          List.of("the log says \"max number of clients reached\""),
          Optional.of(KILL_SPEC),
          Optional.of("redis_connected_clients > 280"),
          List.of("find the consumer that leaks connections"),
          OptionalDouble.of(0.7));

  private final AgentWorld world = new AgentWorld();
  private final FakeReasoner reasoner =
      new FakeReasoner("fake").calls("log_query", Map.of("node", REDIS)).answers(KILL_IDLE);

  @BeforeEach
  void noKnownErrorExplainsRedisButTheReasonerCan() {
    world.knownErrors = List.of();
    world.reader.step(KILL_SPEC.yaml(), KILL_IDLE_CLIENTS);
    world.reasoning = reasoning(ReasonerSettings.DEFAULTS);
  }

  private Reasoning reasoning(ReasonerSettings settings) {
    return new Reasoning(
        Optional.of(reasoner),
        Optional.empty(),
        settings,
        Redactor.credentialsOnly(),
        RunbookSearch.NONE);
  }

  private static ReasonerSettings withoutApproval() {
    ReasonerSettings d = ReasonerSettings.DEFAULTS;
    return new ReasonerSettings(
        d.maxSteps(),
        d.timeout(),
        d.tokensPerIncident(),
        d.costPerIncident(),
        d.tokensPerDay(),
        d.costPerDay(),
        0,
        0,
        d.cacheTtl(),
        false);
  }

  private void decide(ApprovalState decision, String who) {
    Approval pending = world.stores.approvals().find(FIRST_STEP).orElseThrow();
    world.stores.approvals().save(pending.decide(decision, who, world.clock.instant()));
  }

  private TimelineEvent event(long incident, EventType type) {
    return world.events(incident).stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }

  /** What incident {@code id} teaches when fixed by {@code steps} with this root cause. */
  private static Draft draft(long id, String rootCause, List<String> steps) {
    return new Draft(
        id,
        new NodeId(REDIS),
        Optional.of(LogTemplate.of(MAX_CLIENTS_LINE)),
        Optional.of("redis_connected_clients > 280"),
        rootCause,
        steps,
        "automated",
        Severity.HIGH,
        LocalDate.parse("2026-03-02"));
  }

  /** The known error the reader makes of the learned draft: the kill, then verify. */
  private static KnownError learned(String id) {
    return new KnownError(
        new KnownErrorId(id),
        new Signature(
            new NodeId(REDIS),
            Optional.of(LogPattern.of(LogTemplate.of(MAX_CLIENTS_LINE))),
            Optional.of(TOO_MANY_CLIENTS)),
        EXPLANATION,
        new Fix(
            FixType.AUTOMATED,
            List.of(
                KILL_IDLE_CLIENTS, new Step.Verify(FEW_CLIENTS, VERIFY_TIMEOUT, Optional.empty()))),
        Severity.HIGH,
        History.NONE);
  }

  @Test
  void withoutAReasonerAnUnexplainedFailureIsEscalatedAsBefore() {
    world.reasoning = Reasoning.NONE;
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo("no known error explains redis; a human must diagnose it");
    assertThat(world.types(1)).doesNotContain(EventType.HYPOTHESIZED);
    assertThat(world.agent().investigator()).isEmpty();
    assertThat(reasoner.count()).isZero();
    assertThat(world.executor.calls()).isEmpty();
  }

  @Test
  void recordsTheSignatureSeenWhenNoKnownErrorExplainsIt() {
    world.reasoning = Reasoning.NONE;
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(event(1, EventType.NO_KNOWN_ERROR).facts())
        .containsEntry("signature_node", REDIS)
        .containsEntry("log_pattern", LogTemplate.of(MAX_CLIENTS_LINE));
  }

  /**
   * The learning drill. At t=0 the reasoner proposes killing idle clients, which waits for a human;
   * alice approves at t=1m, the kill runs at the next tick, the SLA is back by t=2m and the
   * incident is resolved with a learned-1 proposal; alice approves that too, and when Redis runs
   * out of clients again at t=10m the learned known error fixes it without asking the reasoner.
   */
  @Test
  void learnsFromAVerifiedProposalAndFixesTheNextOccurrenceFromMemory() {
    Draft expected = draft(1, EXPLANATION, List.of(KILL_SPEC.yaml()));
    world.reader.knownError(expected.yaml(), learned("learned-1"));
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    TimelineEvent hypothesized = event(1, EventType.HYPOTHESIZED);
    assertThat(hypothesized.message())
        .isEqualTo("fake blames redis and proposes docker_exec: " + EXPLANATION);
    assertThat(hypothesized.facts())
        .containsEntry("outcome", "proposed")
        .containsEntry("step", KILL_SPEC.yaml())
        .containsEntry("root_cause", REDIS)
        .containsEntry("explanation", EXPLANATION)
        .containsEntry("evidence", "the log says \"max number of clients reached\"")
        .containsEntry("next_steps", "find the consumer that leaks connections")
        .containsEntry("metric_condition", "redis_connected_clients > 280")
        .containsEntry("confidence", "0.7")
        .containsEntry("reasoner", "fake");
    assertThat(world.state(1)).isEqualTo(IncidentState.AWAITING_APPROVAL);
    assertThat(world.message(1, EventType.APPROVAL_REQUESTED))
        .isEqualTo(
            "asked a human to approve "
                + KILL
                + ": a reasoner's proposal runs only after a human approves it");
    assertThat(world.executor.calls()).isEmpty();
    assertThat(reasoner.outputs()).singleElement().asString().contains(MAX_CLIENTS_LINE);

    world.runTo(minutes(1));
    decide(ApprovalState.APPROVED, "alice");
    world.runTo(minutes(1).plus(TICK));

    assertThat(world.executor.executed()).containsExactly(KILL_IDLE_CLIENTS);
    assertThat(world.actions(1))
        .singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo(ActionOutcome.EXECUTED));

    world.clients(12);
    world.sli.reads(FRESHNESS, 20);
    world.runTo(minutes(2));

    assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
    assertThat(world.message(1, EventType.LEARNED))
        .isEqualTo(
            "proposed known error learned-1 from what fixed it (reasoner); a human approves it"
                + " before it is used");
    LearnedKnownError proposal = world.stores.learned().find(LEARNED_1).orElseThrow();
    assertThat(proposal.state()).isEqualTo(LearnedState.PROPOSED);
    assertThat(proposal.yaml()).isEqualTo(expected.yaml());
    assertThat(proposal.source()).isEqualTo("reasoner");

    Checked<LearnedKnownError> approved =
        world.agent().learning().approve(LEARNED_1, "alice", Optional.empty());
    assertThat(approved).isInstanceOf(Checked.Ok.class);

    world.runTo(minutes(10).minus(TICK));
    world.redisOutOfClients();
    world.runTo(minutes(10));

    assertThat(world.incidents()).hasSize(2);
    assertThat(world.message(2, EventType.KNOWN_ERROR_MATCHED)).startsWith("learned-1 ");
    assertThat(world.types(2)).doesNotContain(EventType.HYPOTHESIZED);
    assertThat(world.executor.executed()).containsExactly(KILL_IDLE_CLIENTS, KILL_IDLE_CLIENTS);
    assertThat(reasoner.count()).isEqualTo(1);
    assertThat(world.agent().investigator().orElseThrow().spentToday().tokens()).isEqualTo(120);
    assertThat(world.agent().investigator().orElseThrow().stats().outcomes())
        .isEqualTo(Map.of("proposed", 1L));
  }

  @Test
  void aRestartedAgentMatchesTheApprovedLearnedKnownError() {
    Draft expected = draft(1, EXPLANATION, List.of(KILL_SPEC.yaml()));
    world.reader.knownError(expected.yaml(), learned("learned-1"));
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    decide(ApprovalState.APPROVED, "alice");
    world.runTo(TICK);
    world.clients(12);
    world.sli.reads(FRESHNESS, 20);
    world.runTo(minutes(1));
    assertThat(world.agent().learning().approve(LEARNED_1, "alice", Optional.empty()))
        .isInstanceOf(Checked.Ok.class);

    world.restart();
    world.runTo(minutes(10).minus(TICK));
    world.redisOutOfClients();
    world.runTo(minutes(11));

    assertThat(world.incidents()).as(() -> world.incidents().toString()).hasSize(2);
    assertThat(world.message(2, EventType.KNOWN_ERROR_MATCHED)).startsWith("learned-1 ");
    assertThat(reasoner.count()).isEqualTo(1);
  }

  @Test
  void anIncidentOfALearnedKnownErrorThatNoLongerLoadsAfterARestartIsEscalated() {
    world.classes.put(ActionClass.KILL_CONNECTIONS, ClassPolicy.of(new Autonomy.Approval()));
    Draft expected = draft(1, EXPLANATION, List.of(KILL_SPEC.yaml()));
    world.reader.knownError(expected.yaml(), learned("learned-1"));
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    decide(ApprovalState.APPROVED, "alice");
    world.runTo(TICK);
    world.clients(12);
    world.sli.reads(FRESHNESS, 20);
    world.runTo(minutes(1));
    world.agent().learning().approve(LEARNED_1, "alice", Optional.empty());
    world.runTo(minutes(10).minus(TICK));
    world.redisOutOfClients();
    world.runTo(minutes(10));
    assertThat(world.state(2)).isEqualTo(IncidentState.AWAITING_APPROVAL);

    world.reader = new dev.nightshift.core.testing.ScriptedReader();
    world.restart();
    Approval pending = world.stores.approvals().find(IdempotencyKey.of(2, 1, 0)).orElseThrow();
    world
        .stores
        .approvals()
        .save(pending.decide(ApprovalState.APPROVED, "bob", world.clock.instant()));
    world.runTo(minutes(11));

    assertThat(world.state(2)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(2, EventType.ESCALATED))
        .isEqualTo(
            "learned-1 is no longer an active known error (it no longer loads against the"
                + " configuration): a human decides");
    assertThat(world.stores.audit().entries())
        .anyMatch(e -> e.record().kind().equals("known_error.inactive"));
    assertThat(world.executor.calls()).hasSize(1);
  }

  @Test
  void saysSoOnTheTimelineWhenWhatItLearnedDoesNotLoad() {
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    decide(ApprovalState.APPROVED, "alice");
    world.runTo(TICK);
    world.clients(12);
    world.sli.reads(FRESHNESS, 20);
    world.runTo(minutes(1));

    assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
    assertThat(world.message(1, EventType.LEARNED))
        .isEqualTo("could not propose a known error: not a known error this test knows");
    assertThat(world.stores.learned().all()).isEmpty();
  }

  @Test
  void learnsNothingWhenTheFailureWentAwayBeforeTheProposalRan() {
    world.redisOutOfClients();
    world.at(Duration.ZERO);

    world.clients(12);
    world.prober.healthy(AgentWorld.CONSUMER, REDIS);
    world.sli.reads(FRESHNESS, 20);
    decide(ApprovalState.APPROVED, "alice");
    world.runTo(minutes(1));

    assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);
    assertThat(world.message(1, EventType.RESOLVED)).startsWith("recovered by itself before ");
    assertThat(world.executor.calls()).isEmpty();
    assertThat(world.types(1)).doesNotContain(EventType.LEARNED);
    assertThat(world.stores.learned().all()).isEmpty();
  }

  @Test
  void escalatesAnApprovedProposalThatNoLongerReadsAfterARestart() {
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    decide(ApprovalState.APPROVED, "alice");

    world.reader = new dev.nightshift.core.testing.ScriptedReader();
    world.restart();
    world.runTo(TICK);

    assertThat(world.executor.calls()).isEmpty();
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .contains("the approved proposal no longer reads against the configuration");
  }

  @Test
  void escalatesWhenTheProposalDoesNotBringTheSlaBack() {
    world.attempts = 1;
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    decide(ApprovalState.APPROVED, "alice");

    world.runTo(minutes(30));

    assertThat(world.executor.executed()).containsExactly(KILL_IDLE_CLIENTS);
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.types(1)).doesNotContain(EventType.LEARNED);
    assertThat(world.stores.learned().all()).isEmpty();
  }

  @Test
  void theReasonersToolsReadTheAgentsOwnPorts() {
    Map<String, String> args = Map.of("node", REDIS, "query", AgentWorld.CLIENTS_QUERY);
    for (String tool :
        List.of(
            "node_health",
            "metric_query",
            "log_query",
            "tree_neighbours",
            "impact",
            "runbook_search",
            "recent_changes",
            "known_errors",
            "past_incidents")) {
      reasoner.calls(tool, args);
    }
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(reasoner.outputs()).hasSize(10).noneMatch(o -> o.startsWith("error:"));
    assertThat(reasoner.outputs().get(1)).isEqualTo("redis is unhealthy: redis is down");
    assertThat(reasoner.outputs().get(2)).contains("300");
    assertThat(reasoner.outputs().get(5)).contains("SLAs [freshness]");
    assertThat(world.stores.audit().entries())
        .filteredOn(e -> e.record().kind().equals("reasoner.tool"))
        .hasSize(10);
  }

  @Test
  void escalatesAndRunsNothingWhenTheValidatorRejectsTheHypothesis() {
    reasoner.answers(
        new Hypothesis(
            REDIS,
            EXPLANATION,
            List.of("\"the disk is full and smoking\""),
            Optional.of(KILL_SPEC),
            Optional.empty(),
            List.of(),
            OptionalDouble.empty()));
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo(
            "no known error explains redis; the reasoner's hypothesis was rejected, so a human"
                + " must diagnose it");
    assertThat(event(1, EventType.HYPOTHESIZED).facts())
        .containsEntry("outcome", "rejected")
        .containsEntry("problems", "evidence 'the disk is full and smoking' was never observed")
        .doesNotContainKey("step");
    assertThat(world.executor.calls()).isEmpty();
    assertThat(world.actions(1)).isEmpty();
  }

  @Test
  void escalatesWithTheHypothesisWhenItProposesNoAction() {
    reasoner.answers(
        new Hypothesis(
            REDIS,
            EXPLANATION,
            List.of("\"max number of clients reached\""),
            Optional.empty(),
            Optional.empty(),
            List.of("restart the consumer by hand"),
            OptionalDouble.empty()));
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo(
            "no known error explains redis; the reasoner blames redis but proposes no action: a"
                + " human decides");
    assertThat(world.executor.calls()).isEmpty();
  }

  @Test
  void escalatesWhenTheReasonerFails() {
    reasoner.throwing(new IllegalStateException("provider down"));
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo(
            "no known error explains redis and the reasoner has no answer (fake failed:"
                + " IllegalStateException); a human must diagnose it");
  }

  @Test
  void onlyIntendsTheProposalWhenTheKillSwitchIsOn() {
    world.stores.controls().setKillSwitch(true);
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(world.executor.calls()).isEmpty();
    assertThat(world.actions(1))
        .singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo(ActionOutcome.INTENDED));
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.types(1)).doesNotContain(EventType.APPROVAL_REQUESTED);
  }

  @Test
  void escalatesWhenTheProposalIsDenied() {
    world.redisOutOfClients();
    world.at(Duration.ZERO);

    world.runTo(minutes(1));
    decide(ApprovalState.DENIED, "bob");
    world.runTo(minutes(1).plus(TICK));

    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED)).isEqualTo(KILL + " was denied by bob");
    assertThat(world.executor.calls()).isEmpty();
    assertThat(world.stores.learned().all()).isEmpty();
  }

  @Test
  void runsTheProposalWithoutAHumanOnlyWhenTheOperatorSaidSo() {
    world.reasoning = reasoning(withoutApproval());
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(world.executor.executed()).containsExactly(KILL_IDLE_CLIENTS);
  }

  @Test
  void aKnownPatternsOnlyClassStillNeedsApprovalForAProposal() {
    world.reasoning = reasoning(withoutApproval());
    world.classes.put(
        ActionClass.KILL_CONNECTIONS, ClassPolicy.of(new Autonomy.KnownPatternsOnly()));
    world.redisOutOfClients();

    world.at(Duration.ZERO);

    assertThat(world.state(1)).isEqualTo(IncidentState.AWAITING_APPROVAL);
    assertThat(world.message(1, EventType.APPROVAL_REQUESTED))
        .startsWith("asked a human to approve " + KILL + ": ")
        .doesNotContain("a reasoner's proposal");
    assertThat(world.executor.calls()).isEmpty();
  }

  @Test
  void aRestartedAgentContinuesTheApprovedProposal() {
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    world.runTo(minutes(1));
    decide(ApprovalState.APPROVED, "alice");

    world.restart();
    world.runTo(minutes(1).plus(TICK));

    assertThat(world.executor.executed()).containsExactly(KILL_IDLE_CLIENTS);
    assertThat(reasoner.count()).isEqualTo(1);
  }

  @Test
  void theSameFailureOnAnotherIncidentIsAnsweredFromTheCache() {
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    world.runTo(minutes(1));
    decide(ApprovalState.DENIED, "bob");
    world.sli.reads(FRESHNESS, 20);
    world.runTo(minutes(3));
    world.redisOutOfClients();

    world.runTo(minutes(4));

    assertThat(world.incidents()).hasSize(2);
    assertThat(world.message(2, EventType.HYPOTHESIZED)).startsWith("fake (cached) blames redis");
    assertThat(reasoner.count()).isEqualTo(1);
  }

  // ---- a human teaches ----

  @Test
  void proposesWhatAHumanSaysFixedAnEscalatedIncident() {
    world.reasoning = Reasoning.NONE;
    Draft expected = draft(1, "too many consumers", List.of(KILL_SPEC.yaml()));
    world.reader.knownError(expected.yaml(), learned("learned-1"));
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);

    Checked<LearnedKnownError> result =
        world
            .agent()
            .teaching()
            .recordFix(
                new IncidentId(1),
                "too many consumers",
                List.of(KILL_SPEC),
                Optional.of("redis_connected_clients > 280"),
                "alice");

    LearnedKnownError proposal = ((Checked.Ok<LearnedKnownError>) result).value();
    assertThat(proposal.yaml()).isEqualTo(expected.yaml());
    assertThat(proposal.source()).isEqualTo("human:alice");
    assertThat(proposal.state()).isEqualTo(LearnedState.PROPOSED);
    assertThat(world.message(1, EventType.LEARNED))
        .isEqualTo(
            "proposed known error learned-1 from what fixed it (human:alice); a human approves it"
                + " before it is used");
  }

  @Test
  void refusesToLearnFromAnOpenIncident() {
    world.redisOutOfClients();
    world.at(Duration.ZERO);

    Checked<LearnedKnownError> result =
        world
            .agent()
            .teaching()
            .recordFix(new IncidentId(1), "x", List.of(KILL_SPEC), Optional.empty(), "alice");

    assertThat(((Checked.Invalid<LearnedKnownError>) result).problems())
        .containsExactly("incident 1 is still awaiting_approval: record its fix once it is closed");
    assertThat(world.stores.learned().all()).isEmpty();
  }

  @Test
  void refusesToLearnFromAnIncidentAKnownErrorExplained() {
    world.reasoning = Reasoning.NONE;
    world.knownErrors = List.of(AgentWorld.REDIS_OUT_OF_CLIENTS);
    world.redisOutOfClients();
    world.at(Duration.ZERO);
    world.clients(12);
    world.sli.reads(FRESHNESS, 20);
    world.runTo(seconds(30));
    assertThat(world.state(1)).isEqualTo(IncidentState.RESOLVED);

    Checked<LearnedKnownError> result =
        world
            .agent()
            .teaching()
            .recordFix(new IncidentId(1), "x", List.of(KILL_SPEC), Optional.empty(), "alice");

    assertThat(((Checked.Invalid<LearnedKnownError>) result).problems())
        .containsExactly("incident 1 was explained by ke-001: change that known error instead");
  }

  @Test
  void refusesToLearnFromAnIncidentThatDoesNotExist() {
    Checked<LearnedKnownError> result =
        world
            .agent()
            .teaching()
            .recordFix(new IncidentId(9), "x", List.of(KILL_SPEC), Optional.empty(), "alice");

    assertThat(((Checked.Invalid<LearnedKnownError>) result).problems())
        .containsExactly("there is no incident 9");
  }
}
