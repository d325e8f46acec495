package dev.nightshift.core.policy;

import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for a human to approve one step, and the answer.
 *
 * @param key the step it is about (incident, attempt, step)
 * @param incident the incident's number
 * @param action what would be done, in words ("docker_exec redis-cli CLIENT KILL AGE 300 on redis")
 * @param reason why the policy asks
 * @param decidedBy who answered, when someone did
 */
public record Approval(
    IdempotencyKey key,
    long incident,
    String action,
    String reason,
    Instant requestedAt,
    Instant expiresAt,
    ApprovalState state,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt) {

  public Approval {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if ((state == ApprovalState.PENDING) == decidedAt.isPresent()) {
      throw new IllegalArgumentException("a decided approval needs a time, a pending one none");
    }
  }

  public static Approval request(
      IdempotencyKey key,
      long incident,
      String action,
      String reason,
      Instant at,
      Instant expires) {
    return new Approval(
        key,
        incident,
        action,
        reason,
        at,
        expires,
        ApprovalState.PENDING,
        Optional.empty(),
        Optional.empty());
  }

  public Approval decide(ApprovalState decision, String by, Instant at) {
    if (state != ApprovalState.PENDING) {
      throw new IllegalStateException("approval " + key + " was already " + state);
    }
    if (decision == ApprovalState.PENDING) {
      throw new IllegalArgumentException("a decision cannot be pending");
    }
    return new Approval(
        key,
        incident,
        action,
        reason,
        requestedAt,
        expiresAt,
        decision,
        Optional.of(by),
        Optional.of(at));
  }
}
