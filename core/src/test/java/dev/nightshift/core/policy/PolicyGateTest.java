package dev.nightshift.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionLog;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.TimeWindow;
import dev.nightshift.core.testing.ManualClock;
import dev.nightshift.core.topology.NodeId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One rule per test, on a manual clock over an in-memory action log. Unless a test says otherwise
 * every severity is autonomous, every class acts in full, the cooldown is 5 minutes, at most 10
 * actions an hour may touch the whole tree of 10 nodes, and there is no freeze and no kill switch.
 */
class PolicyGateTest {

  /** A Monday, 10:00 UTC. */
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private static final long INCIDENT = 1;
  private static final long OTHER_INCIDENT = 2;
  private static final Action RESTART_WRITER = restart("writer");
  private static final String WRITER = "process/primary:writer";

  private final ManualClock clock = new ManualClock(T0);
  private final Stores stores = MemoryStores.create();
  private final ActionLog log = stores.actions();
  private final Controls controls = stores.controls();

  private final Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
  private final Map<ActionClass, ClassPolicy> classes = new EnumMap<>(ActionClass.class);
  private final List<TimeWindow> freezes = new ArrayList<>();
  private Duration cooldown = Duration.ofMinutes(5);
  private int actionsPerHour = 10;
  private double maxTreeFraction = 1.0;
  private int treeSize = 10;
  private boolean killSwitch;
  private int recorded;

  PolicyGateTest() {
    for (Severity severity : Severity.values()) {
      phases.put(severity, Phase.AUTONOMOUS);
    }
    for (ActionClass actionClass : ActionClass.values()) {
      classes.put(actionClass, ClassPolicy.of(new Autonomy.Full()));
    }
  }

  @Nested
  class KillSwitch {

    @Test
    void onlyIntendsWhenThePolicyStartsWithTheKillSwitchOn() {
      killSwitch = true;

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(
              new Verdict.Intend("the kill switch is on: every action is an intention only"));
    }

    @Test
    void onlyIntendsWhenAnOperatorTurnsTheKillSwitchOn() {
      controls.setKillSwitch(true);

      assertThat(gate().killSwitch()).isTrue();
      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(
              new Verdict.Intend("the kill switch is on: every action is an intention only"));
    }

    @Test
    void actsAgainOnceTheOperatorTurnsTheKillSwitchOff() {
      controls.setKillSwitch(true);
      controls.setKillSwitch(false);

      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void onlyIntendsAnApprovedAction() {
      controls.setKillSwitch(true);

      assertThat(decide(approved(request(RESTART_WRITER)))).isInstanceOf(Verdict.Intend.class);
    }
  }

  @Nested
  class Phases {

    @Test
    void onlyIntendsInTheObservePhase() {
      phases.put(Severity.HIGH, Phase.OBSERVE);

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(
              new Verdict.Intend("the high severity is in the observe phase: intentions only"));
    }

    @Test
    void usesThePhaseOfTheIncidentsSeverity() {
      phases.put(Severity.HIGH, Phase.OBSERVE);

      assertThat(decide(request(RESTART_WRITER, Severity.LOW))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void prefersAPhaseSetAtRunTimeOverThePolicysPhase() {
      phases.put(Severity.HIGH, Phase.OBSERVE);
      controls.setPhase(Severity.HIGH, Phase.AUTONOMOUS);

      assertThat(gate().phase(request(RESTART_WRITER))).isEqualTo(Phase.AUTONOMOUS);
      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void onlyIntendsWhenAnOperatorSetsTheObservePhaseOverAnAutonomousPolicy() {
      controls.setPhase(Severity.HIGH, Phase.OBSERVE);

      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Intend.class);
    }

    @Test
    void asksForApprovalInTheAssistPhase() {
      phases.put(Severity.HIGH, Phase.ASSIST);

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(
              new Verdict.NeedsApproval(
                  "the high severity is in the assist phase: a human approves"));
    }

    @Test
    void allowsAnApprovedActionInTheAssistPhase() {
      phases.put(Severity.HIGH, Phase.ASSIST);

      assertThat(decide(approved(request(RESTART_WRITER))))
          .isEqualTo(
              new Verdict.Allow(
                  "restart_process is full in the assist phase and a human approved it"));
    }
  }

  @Nested
  class FreezeWindows {

    @Test
    void onlyIntendsInsideAFreezeWindow() {
      freezes.add(
          new TimeWindow.Absolute("release freeze", T0.minusSeconds(60), T0.plusSeconds(60)));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(new Verdict.Intend("inside the freeze window release freeze"));
    }

    @Test
    void onlyIntendsInsideARecurringFreezeWindow() {
      freezes.add(
          new TimeWindow.Weekly(
              "monday deploys", Set.of(DayOfWeek.MONDAY), 9 * 60, 12 * 60, ZoneId.of("UTC")));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(new Verdict.Intend("inside the freeze window monday deploys"));
    }

    @Test
    void actsOnceTheFreezeWindowHasEnded() {
      freezes.add(new TimeWindow.Absolute("release freeze", T0.minusSeconds(60), T0));

      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void onlyIntendsAnApprovedActionInsideAFreezeWindow() {
      freezes.add(new TimeWindow.Absolute("release freeze", T0, T0.plusSeconds(60)));

      assertThat(decide(approved(request(RESTART_WRITER)))).isInstanceOf(Verdict.Intend.class);
    }
  }

  @Nested
  class Never {

    @Test
    void deniesAClassThatIsNeverAutonomous() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Never()));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(
              new Verdict.Deny("restart_process actions are never autonomous: always a human"));
    }

    @Test
    void deniesANeverClassEvenWhenApproved() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Never()));

      assertThat(decide(approved(request(RESTART_WRITER)))).isInstanceOf(Verdict.Deny.class);
    }
  }

  @Nested
  class Cooldown {

    @Test
    void deniesAnotherIncidentsActionOnAResourceStillCoolingDown() {
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(request(RESTART_WRITER, OTHER_INCIDENT)))
          .isEqualTo(
              new Verdict.Deny(
                  WRITER
                      + " was acted on at 2026-03-02T10:00:00Z (incident 1); cooldown 5m:"
                      + " a repeat this soon means the fix is not holding"));
    }

    @Test
    void holdsTheSameIncidentsRetryUntilTheCooldownEnds() {
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(
              new Verdict.Hold(
                  T0.plus(Duration.ofMinutes(5)),
                  WRITER
                      + " was acted on at 2026-03-02T10:00:00Z (incident 1); cooldown 5m:"
                      + " retrying at 2026-03-02T10:05:00Z"));
    }

    @Test
    void allowsTheSameIncidentsRetryWhenItsHoldEnds() {
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(2));
      clock.advanceTo(heldUntil(decide(request(RESTART_WRITER))));

      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void allowsAnotherIncidentsActionOnceTheCooldownHasPassed() {
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(6));

      assertThat(decide(request(RESTART_WRITER, OTHER_INCIDENT))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void countsAFailedActionAsTouchingTheResource() {
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.FAILED);
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(request(RESTART_WRITER, OTHER_INCIDENT))).isInstanceOf(Verdict.Deny.class);
    }

    @Test
    void ignoresActionsThatNeverTouchedTheResource() {
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.INTENDED);
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.DENIED);
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.PENDING_APPROVAL);
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(request(RESTART_WRITER, OTHER_INCIDENT))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void coolsDownEachResourceOnItsOwn() {
      record(INCIDENT, restart("reader"), T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(request(RESTART_WRITER, OTHER_INCIDENT))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void usesTheClassesOwnCooldownOverTheGlobalOne() {
      classes.put(
          ActionClass.RESTART_PROCESS,
          new ClassPolicy(new Autonomy.Full(), Optional.of(Duration.ofMinutes(30))));
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(10));

      assertThat(decide(request(RESTART_WRITER, OTHER_INCIDENT))).isInstanceOf(Verdict.Deny.class);
    }

    @Test
    void deniesAnApprovedActionStillCoolingDown() {
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(approved(request(RESTART_WRITER, OTHER_INCIDENT))))
          .isInstanceOf(Verdict.Deny.class);
    }
  }

  @Nested
  class HourlyLimits {

    @Test
    void deniesOnceTheActionsOfTheLastHourReachTheLimit() {
      actionsPerHour = 2;
      record(INCIDENT, restart("a"), T0, ActionOutcome.EXECUTED);
      record(OTHER_INCIDENT, restart("b"), T0, ActionOutcome.FAILED);
      clock.advance(Duration.ofMinutes(10));

      assertThat(decide(request(restart("c"))))
          .isEqualTo(new Verdict.Deny("2 actions in the last hour: the limit is 2"));
    }

    @Test
    void countsOnlyTheActionsOfTheLastHour() {
      actionsPerHour = 2;
      record(INCIDENT, restart("a"), T0, ActionOutcome.EXECUTED);
      record(OTHER_INCIDENT, restart("b"), T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(61));

      assertThat(decide(request(restart("c")))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void doesNotCountIntentionsTowardsTheLimit() {
      actionsPerHour = 2;
      record(INCIDENT, restart("a"), T0, ActionOutcome.INTENDED);
      record(OTHER_INCIDENT, restart("b"), T0, ActionOutcome.DENIED);
      clock.advance(Duration.ofMinutes(10));

      assertThat(decide(request(restart("c")))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void deniesActingOnMoreOfTheTreeThanTheBlastRadiusAllows() {
      maxTreeFraction = 0.2; // 2 of 10 nodes
      record(INCIDENT, restart("a"), T0, ActionOutcome.EXECUTED);
      record(OTHER_INCIDENT, restart("b"), T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(10));

      assertThat(decide(request(restart("c"))))
          .isEqualTo(
              new Verdict.Deny(
                  "acting on 3 nodes within an hour would exceed the blast radius of 2 of 10"));
    }

    @Test
    void allowsAnotherActionOnANodeAlreadyInsideTheBlastRadius() {
      maxTreeFraction = 0.2;
      record(INCIDENT, restart("a"), T0, ActionOutcome.EXECUTED);
      record(OTHER_INCIDENT, restart("b"), T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(10));
      Action restartAsContainer =
          new SupervisorRestart(
              Target.of(Optional.of(new NodeId("a")), "container", "a"),
              Optional.empty(),
              "a",
              Optional.empty());

      assertThat(decide(request(restartAsContainer))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void allowsOneNodeInATreeTooSmallForTheFraction() {
      maxTreeFraction = 0.2;
      treeSize = 3;

      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
    }
  }

  @Nested
  class AutonomyLevels {

    @Test
    void holdsAnAfterFailureClassUntilTheFailureHasPersisted() {
      classes.put(
          ActionClass.RESTART_PROCESS,
          ClassPolicy.of(new Autonomy.AfterFailure(Duration.ofMinutes(5))));
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(
              new Verdict.Hold(
                  T0.plus(Duration.ofMinutes(5)),
                  "restart_process acts only after 5m of failure;"
                      + " failing since 2026-03-02T10:00:00Z"));
    }

    @Test
    void allowsAnAfterFailureClassOnceTheFailureHasPersisted() {
      classes.put(
          ActionClass.RESTART_PROCESS,
          ClassPolicy.of(new Autonomy.AfterFailure(Duration.ofMinutes(5))));
      clock.advance(Duration.ofMinutes(5));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(new Verdict.Allow("restart_process is after_failure in the autonomous phase"));
    }

    @Test
    void allowsAKnownPatternsOnlyClassForAKnownErrorsFix() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.KnownPatternsOnly()));

      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void asksForApprovalOfAKnownPatternsOnlyClassOnAGuess() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.KnownPatternsOnly()));

      assertThat(decide(guess(request(RESTART_WRITER))))
          .isEqualTo(
              new Verdict.NeedsApproval("restart_process acts alone on known patterns only"));
    }

    @Test
    void allowsAnApprovedGuessOfAKnownPatternsOnlyClass() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.KnownPatternsOnly()));

      assertThat(decide(approved(guess(request(RESTART_WRITER)))))
          .isInstanceOf(Verdict.Allow.class);
    }

    @Test
    void asksForApprovalOfAnApprovalClass() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Approval()));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(new Verdict.NeedsApproval("restart_process actions need a human's approval"));
    }

    @Test
    void allowsAnApprovalClassOnceApproved() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Approval()));

      assertThat(decide(approved(request(RESTART_WRITER))))
          .isEqualTo(
              new Verdict.Allow(
                  "restart_process is approval in the autonomous phase and a human approved it"));
    }
  }

  @Nested
  class Precedence {

    @Test
    void givesTheKillSwitchAsTheReasonOverEveryOtherStop() {
      controls.setKillSwitch(true);
      phases.put(Severity.HIGH, Phase.OBSERVE);
      freezes.add(new TimeWindow.Absolute("release freeze", T0, T0.plusSeconds(60)));
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Never()));
      record(OTHER_INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);

      assertThat(decide(request(RESTART_WRITER)).reason()).startsWith("the kill switch is on");
    }

    @Test
    void givesTheObservePhaseOverAFreezeAndNever() {
      phases.put(Severity.HIGH, Phase.OBSERVE);
      freezes.add(new TimeWindow.Absolute("release freeze", T0, T0.plusSeconds(60)));
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Never()));

      assertThat(decide(request(RESTART_WRITER)).reason()).contains("observe phase");
    }

    @Test
    void givesTheFreezeOverNever() {
      freezes.add(new TimeWindow.Absolute("release freeze", T0, T0.plusSeconds(60)));
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Never()));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(new Verdict.Intend("inside the freeze window release freeze"));
    }

    @Test
    void givesNeverOverTheCooldown() {
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Never()));
      record(OTHER_INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);

      assertThat(decide(request(RESTART_WRITER)).reason()).contains("never autonomous");
    }

    @Test
    void givesTheCooldownOverTheHourlyLimit() {
      actionsPerHour = 1;
      record(INCIDENT, RESTART_WRITER, T0, ActionOutcome.EXECUTED);
      clock.advance(Duration.ofMinutes(2));

      assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Hold.class);
    }

    @Test
    void givesTheHourlyLimitOverTheAutonomyLevel() {
      actionsPerHour = 1;
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Approval()));
      record(OTHER_INCIDENT, restart("a"), T0, ActionOutcome.EXECUTED);

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(new Verdict.Deny("1 actions in the last hour: the limit is 1"));
    }

    @Test
    void givesTheAutonomyLevelOverTheAssistPhase() {
      phases.put(Severity.HIGH, Phase.ASSIST);
      classes.put(ActionClass.RESTART_PROCESS, ClassPolicy.of(new Autonomy.Approval()));

      assertThat(decide(request(RESTART_WRITER)))
          .isEqualTo(new Verdict.NeedsApproval("restart_process actions need a human's approval"));
    }
  }

  /**
   * At t=0 the writer starts failing; at t=2m its restart waits for five minutes of failure; at
   * t=5m it runs; at t=6m the incident's next attempt waits for the cooldown, and another
   * incident's restart of the same process is denied; at t=10m the retry runs.
   */
  @Test
  void restartsAFailingProcessAfterFiveMinutesAndRetriesAfterTheCooldown() {
    classes.put(
        ActionClass.RESTART_PROCESS,
        ClassPolicy.of(new Autonomy.AfterFailure(Duration.ofMinutes(5))));

    clock.advance(Duration.ofMinutes(2));
    assertThat(heldUntil(decide(request(RESTART_WRITER)))).isEqualTo(at(5));

    clock.advanceTo(at(5));
    assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
    record(INCIDENT, RESTART_WRITER, at(5), ActionOutcome.EXECUTED);

    clock.advanceTo(at(6));
    assertThat(heldUntil(decide(request(RESTART_WRITER)))).isEqualTo(at(10));
    assertThat(decide(request(RESTART_WRITER, OTHER_INCIDENT))).isInstanceOf(Verdict.Deny.class);

    clock.advanceTo(at(10));
    assertThat(decide(request(RESTART_WRITER))).isInstanceOf(Verdict.Allow.class);
  }

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** When a verdict that must be a hold says to ask again. */
  private static Instant heldUntil(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Hold.class);
    return ((Verdict.Hold) verdict).until();
  }

  private Verdict decide(GateRequest request) {
    return gate().decide(request);
  }

  private PolicyGate gate() {
    Limits limits =
        new Limits(cooldown, actionsPerHour, 3, maxTreeFraction, Duration.ofMinutes(15));
    Policy policy =
        new Policy(
            phases, classes, limits, freezes, new PromotionGate(50, 0.9, 0), Set.of(), killSwitch);
    return new PolicyGate(policy, controls, log, treeSize, clock);
  }

  private void record(long incident, Action action, Instant at, ActionOutcome outcome) {
    IdempotencyKey key = IdempotencyKey.of(incident, 1, recorded++);
    log.record(ActionRecord.of(key, incident, at, action, outcome, "as scripted"));
  }

  /** Restart process {@code primary:<node>} of tree node {@code node}. */
  private static Action restart(String node) {
    return new SupervisorRestart(
        Target.of(Optional.of(new NodeId(node)), "process", "primary:" + node),
        Optional.empty(),
        "primary:" + node,
        Optional.empty());
  }

  /** Incident 1, high severity, from a known error's fix, failing since t=0, not approved. */
  private static GateRequest request(Action action) {
    return new GateRequest(action, INCIDENT, Severity.HIGH, true, T0, false);
  }

  private static GateRequest request(Action action, long incident) {
    return new GateRequest(action, incident, Severity.HIGH, true, T0, false);
  }

  private static GateRequest request(Action action, Severity severity) {
    return new GateRequest(action, INCIDENT, severity, true, T0, false);
  }

  private static GateRequest approved(GateRequest r) {
    return new GateRequest(
        r.action(), r.incident(), r.severity(), r.fromKnownError(), r.failingSince(), true);
  }

  /** The same request, proposed by a reasoner rather than taken from a known error's fix. */
  private static GateRequest guess(GateRequest r) {
    return new GateRequest(
        r.action(), r.incident(), r.severity(), false, r.failingSince(), r.approved());
  }
}
