package dev.nightshift.core.pipeline;

import static dev.nightshift.core.pipeline.AgentWorld.KILL_IDLE_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.T0;
import static dev.nightshift.core.pipeline.AgentWorld.TICK;
import static dev.nightshift.core.pipeline.AgentWorld.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An action whose class needs a human's approval, on a manual clock: the incident waits for the
 * answer, acts when approved, escalates when denied, and escalates when nobody answers within
 * {@code limits.approval_timeout} (10 minutes here).
 */
class AgentApprovalTest {

  private static final String KILL = "docker_exec on redis (container/redis) (drop idle clients)";
  private static final IdempotencyKey FIRST_STEP = IdempotencyKey.of(1, 1, 0);

  private final AgentWorld world = new AgentWorld();

  /** At t=0 Redis runs out of clients and the kill asks for approval. */
  @BeforeEach
  void killingConnectionsNeedsApproval() {
    world.classes.put(ActionClass.KILL_CONNECTIONS, ClassPolicy.of(new Autonomy.Approval()));
    world.redisOutOfClients();
    world.at(Duration.ZERO);
  }

  @Test
  void asksForApprovalAndWaitsWithoutActing() {
    assertThat(world.state(1)).isEqualTo(IncidentState.AWAITING_APPROVAL);
    assertThat(world.message(1, EventType.APPROVAL_REQUESTED))
        .isEqualTo(
            "asked a human to approve "
                + KILL
                + ": kill_connections actions need a human's approval");
    Approval pending = world.stores.approvals().find(FIRST_STEP).orElseThrow();
    assertThat(pending.state()).isEqualTo(ApprovalState.PENDING);
    assertThat(pending.expiresAt()).isEqualTo(T0.plus(minutes(10)));
    assertThat(world.actions(1))
        .singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo(ActionOutcome.PENDING_APPROVAL));

    world.runTo(minutes(3));
    assertThat(world.state(1)).isEqualTo(IncidentState.AWAITING_APPROVAL);
    assertThat(world.executor.calls()).isEmpty();
  }

  @Test
  void runsTheActionOnceAliceApproves() {
    world.runTo(minutes(2));
    decide(ApprovalState.APPROVED, "alice");

    world.runTo(minutes(2).plus(TICK));

    assertThat(world.message(1, EventType.APPROVAL_DECIDED)).isEqualTo("approved by alice");
    assertThat(world.executor.executed()).containsExactly(KILL_IDLE_CLIENTS);
    assertThat(world.actions(1))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.outcome()).isEqualTo(ActionOutcome.EXECUTED);
          assertThat(a.at()).isEqualTo(T0.plus(minutes(2)).plus(TICK));
        });
    assertThat(world.messages(1, EventType.POLICY_DECISION).getLast())
        .isEqualTo(
            KILL
                + ": allow — kill_connections is approval in the autonomous phase and a human"
                + " approved it");
    assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);
  }

  @Test
  void escalatesWhenBobDenies() {
    world.runTo(minutes(2));
    decide(ApprovalState.DENIED, "bob");

    world.runTo(minutes(2).plus(TICK));

    assertThat(world.message(1, EventType.APPROVAL_DECIDED)).isEqualTo("denied by bob");
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED)).isEqualTo(KILL + " was denied by bob");
    assertThat(world.executor.calls()).isEmpty();
  }

  @Test
  void expiresTheRequestAndEscalatesWhenNobodyAnswersInTime() {
    world.runTo(minutes(10).minus(TICK));
    assertThat(world.state(1)).isEqualTo(IncidentState.AWAITING_APPROVAL);

    world.runTo(minutes(10));

    Approval expired = world.stores.approvals().find(FIRST_STEP).orElseThrow();
    assertThat(expired.state()).isEqualTo(ApprovalState.EXPIRED);
    assertThat(expired.decidedBy()).contains("nightshift");
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo("nobody answered the request to approve " + KILL + " in time");
    assertThat(world.executor.calls()).isEmpty();
  }

  private void decide(ApprovalState decision, String who) {
    Approval pending = world.stores.approvals().find(FIRST_STEP).orElseThrow();
    world.stores.approvals().save(pending.decide(decision, who, world.clock.instant()));
  }
}
