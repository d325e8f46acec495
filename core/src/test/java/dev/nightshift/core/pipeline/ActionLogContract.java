package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionLog;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ActionLog} does, run against the memory and the SQLite store. */
public abstract class ActionLogContract extends StoreContract {

  private ActionLog actions() {
    return stores().actions();
  }

  private static ActionRecord action(long incident, int step, Instant at, ActionOutcome outcome) {
    return new ActionRecord(
        IdempotencyKey.of(incident, 1, step),
        incident,
        at,
        "docker_exec",
        ActionClass.KILL_CONNECTIONS,
        "container/redis",
        Optional.of(new NodeId("redis")),
        outcome,
        "redis-cli CLIENT KILL AGE 300\n(integer) 12 — «done»");
  }

  private static ActionRecord withoutNode(ActionRecord r, ActionOutcome outcome, String detail) {
    return new ActionRecord(
        r.key(),
        r.incident(),
        r.at(),
        "supervisor_restart",
        ActionClass.RESTART_PROCESS,
        "process/primary:writer",
        Optional.empty(),
        outcome,
        detail);
  }

  @Test
  void findsARecordByItsKey() {
    ActionRecord withNode = action(1, 0, at(0), ActionOutcome.EXECUTED);
    ActionRecord noNode =
        withoutNode(action(1, 1, at(1), ActionOutcome.DENIED), ActionOutcome.DENIED, "");

    actions().record(withNode);
    actions().record(noNode);

    assertThat(actions().find(withNode.key())).contains(withNode);
    assertThat(actions().find(noNode.key())).contains(noNode);
  }

  @Test
  void findsNothingForAnUnknownKey() {
    actions().record(action(1, 0, at(0), ActionOutcome.EXECUTED));

    assertThat(actions().find(IdempotencyKey.of(1, 1, 1))).isEmpty();
  }

  @Test
  void aRecordWithTheSameKeyReplacesTheEarlierOne() {
    ActionRecord intended = action(1, 0, at(0), ActionOutcome.PENDING_APPROVAL);
    ActionRecord other = action(1, 1, at(1), ActionOutcome.EXECUTED);
    ActionRecord executed = withoutNode(intended, ActionOutcome.FAILED, "exit 1");
    actions().record(intended);
    actions().record(other);

    actions().record(executed);

    assertThat(actions().find(intended.key())).contains(executed);
    assertThat(actions().since(at(0))).containsExactly(executed, other);
    assertThat(actions().forIncident(1)).containsExactly(executed, other);
  }

  @Test
  void sinceIncludesItsStartAndListsOldestFirst() {
    ActionRecord late = action(1, 0, at(20), ActionOutcome.EXECUTED);
    ActionRecord early = action(2, 0, at(10), ActionOutcome.INTENDED);
    ActionRecord tooEarly = action(3, 0, at(10).minusNanos(1), ActionOutcome.DENIED);
    ActionRecord alsoEarly = action(4, 0, at(10), ActionOutcome.FAILED);
    actions().record(late);
    actions().record(early);
    actions().record(tooEarly);
    actions().record(alsoEarly);

    assertThat(actions().since(at(10))).containsExactly(early, alsoEarly, late);
    assertThat(actions().since(at(20).plusNanos(1))).isEmpty();
  }

  @Test
  void forIncidentListsOneIncidentsRecordsOldestFirst() {
    ActionRecord second = action(1, 1, at(20), ActionOutcome.EXECUTED);
    ActionRecord other = action(2, 0, at(15), ActionOutcome.EXECUTED);
    ActionRecord first = action(1, 0, at(10), ActionOutcome.EXECUTED);
    actions().record(second);
    actions().record(other);
    actions().record(first);

    assertThat(actions().forIncident(1)).containsExactly(first, second);
    assertThat(actions().forIncident(3)).isEmpty();
  }

  @Test
  void keepsRecordsAcrossARestart() {
    ActionRecord first = action(1, 0, at(10), ActionOutcome.EXECUTED);
    ActionRecord second =
        withoutNode(action(1, 1, at(20), ActionOutcome.DENIED), ActionOutcome.DENIED, "cooldown");
    actions().record(first);
    actions().record(second);

    Stores restarted = reopen();

    assertThat(restarted.actions().find(second.key())).contains(second);
    assertThat(restarted.actions().since(at(0))).containsExactly(first, second);
    assertThat(restarted.actions().forIncident(1)).containsExactly(first, second);
  }
}
