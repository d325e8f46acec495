package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Approvals;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link Approvals} store does, run against the memory and the SQLite store. */
public abstract class ApprovalsContract extends StoreContract {

  private Approvals approvals() {
    return stores().approvals();
  }

  private static Approval request(long incident, Instant at) {
    return Approval.request(
        IdempotencyKey.of(incident, 1, 0),
        incident,
        "docker_exec redis-cli CLIENT KILL AGE 300 on redis",
        "kill_connections needs approval\nin phase «assist»",
        at,
        at.plusSeconds(1800));
  }

  @Test
  void findsARequestByItsKey() {
    Approval request = request(1, at(0));

    approvals().save(request);

    assertThat(approvals().find(request.key())).contains(request);
  }

  @Test
  void findsNothingForAnUnknownKey() {
    approvals().save(request(1, at(0)));

    assertThat(approvals().find(IdempotencyKey.of(2, 1, 0))).isEmpty();
  }

  @Test
  void aDecisionReplacesTheRequest() {
    Approval request = request(1, at(0));
    approvals().save(request);
    Approval approved = request.decide(ApprovalState.APPROVED, "alice@ops", at(60).plusNanos(3));

    approvals().save(approved);

    assertThat(approvals().find(request.key())).contains(approved);
    assertThat(approvals().pending()).isEmpty();
  }

  @Test
  void pendingListsWaitingRequestsOldestFirst() {
    Approval late = request(1, at(30));
    Approval early = request(2, at(10));
    Approval middle = request(3, at(20));
    Approval denied = request(4, at(5));
    Approval expired = request(5, at(6));
    Approval alsoEarly = request(6, at(10));
    for (Approval a : new Approval[] {late, early, middle, denied, expired, alsoEarly}) {
      approvals().save(a);
    }
    approvals().save(denied.decide(ApprovalState.DENIED, "bob", at(40)));
    approvals().save(expired.decide(ApprovalState.EXPIRED, "nightshift", at(40)));

    assertThat(approvals().pending()).containsExactly(early, alsoEarly, middle, late);
  }

  @Test
  void keepsApprovalsAcrossARestart() {
    Approval waiting = request(1, at(10));
    Approval denied = request(2, at(5)).decide(ApprovalState.DENIED, "bob", at(7));
    approvals().save(waiting);
    approvals().save(denied);

    Stores restarted = reopen();

    assertThat(restarted.approvals().find(denied.key())).contains(denied);
    assertThat(restarted.approvals().pending()).containsExactly(waiting);
  }

  @Test
  void theFirstAnswerWinsAndASecondIsRefused() {
    Approval request = request(1, at(0));
    approvals().save(request);

    ApprovalDecision first =
        approvals().decide(request.key(), ApprovalState.APPROVED, "alice", at(10));
    ApprovalDecision second =
        approvals().decide(request.key(), ApprovalState.DENIED, "bob", at(11));

    Approval approved = request.decide(ApprovalState.APPROVED, "alice", at(10));
    assertThat(first).isEqualTo(new ApprovalDecision.Decided(approved));
    assertThat(second).isEqualTo(new ApprovalDecision.AlreadyDecided(approved));
    assertThat(approvals().find(request.key())).contains(approved);
    assertThat(approvals().pending()).isEmpty();
  }

  @Test
  void answeringAnUnknownRequestFindsNothing() {
    IdempotencyKey key = IdempotencyKey.of(9, 1, 0);

    assertThat(approvals().decide(key, ApprovalState.APPROVED, "alice", at(1)))
        .isEqualTo(new ApprovalDecision.NotFound(key));
  }

  @Test
  void exactlyOneOfManyRacingAnswersIsTaken() throws Exception {
    Approval request = request(1, at(0));
    approvals().save(request);
    java.util.List<java.util.concurrent.Future<ApprovalDecision>> answers =
        new java.util.ArrayList<>();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 16; i++) {
        String who = "human-" + i;
        answers.add(
            pool.submit(
                () -> approvals().decide(request.key(), ApprovalState.APPROVED, who, at(5))));
      }
    }
    long decided = 0;
    for (var answer : answers) {
      decided += answer.get() instanceof ApprovalDecision.Decided ? 1 : 0;
    }

    assertThat(decided).isEqualTo(1);
  }

  @Test
  void recentListsNewestFirstAnsweredOrNot() {
    Approval first = request(1, at(10));
    Approval second = request(2, at(20));
    Approval third = request(3, at(30));
    for (Approval a : new Approval[] {first, second, third}) {
      approvals().save(a);
    }
    approvals().decide(second.key(), ApprovalState.DENIED, "bob", at(25));

    assertThat(approvals().recent(2))
        .containsExactly(third, second.decide(ApprovalState.DENIED, "bob", at(25)));
  }
}
