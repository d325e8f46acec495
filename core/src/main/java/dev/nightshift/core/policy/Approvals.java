package dev.nightshift.core.policy;

import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps requests for approval and their answers durably, so a restart loses no decision. */
public interface Approvals {

  /** Stores a new request, or replaces the one with the same key. */
  void save(Approval approval);

  Optional<Approval> find(IdempotencyKey key);

  /**
   * Answers a pending request, compare-and-set: of two answers racing (two humans, or a human and
   * the expiry), exactly one is {@link ApprovalDecision.Decided}, even across processes sharing the
   * store.
   *
   * @param decision approved, denied or expired
   */
  ApprovalDecision decide(IdempotencyKey key, ApprovalState decision, String by, Instant at);

  /** Every request still waiting for an answer, oldest first. */
  List<Approval> pending();

  /** The newest requests, answered or not, newest first. */
  List<Approval> recent(int limit);
}
