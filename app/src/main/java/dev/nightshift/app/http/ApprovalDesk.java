package dev.nightshift.app.http;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers requests for approval for humans, wherever they answer from (API, CLI): one
 * compare-and-set answer per request, audited with who answered.
 */
public final class ApprovalDesk {

  private static final int RECENT = 500;

  private final Stores stores;

  public ApprovalDesk(Stores stores) {
    this.stores = stores;
  }

  /**
   * The request {@code ref} names: a full key, or an incident's number (its pending request, else
   * its latest one, so that a second answer hears who answered first).
   *
   * @return empty when nothing matches
   */
  public Optional<IdempotencyKey> resolve(String ref) {
    if (ref.isEmpty() || !ref.chars().allMatch(Character::isDigit)) {
      return ref.isBlank()
          ? Optional.empty()
          : stores.approvals().find(new IdempotencyKey(ref)).map(Approval::key);
    }
    long incident = Long.parseLong(ref);
    return stores.approvals().pending().stream()
        .filter(a -> a.incident() == incident)
        .findFirst()
        .or(() ->
            stores.approvals().recent(RECENT).stream()
                .filter(a -> a.incident() == incident)
                .findFirst())
        .map(Approval::key);
  }

  /**
   * Answers the request with {@code key}; a decided answer is audited as {@code approval_decided}.
   */
  public ApprovalDecision decide(
      IdempotencyKey key,
      ApprovalState answer,
      String actor,
      Optional<String> comment,
      Instant at) {
    ApprovalDecision decision = stores.approvals().decide(key, answer, actor, at);
    if (decision instanceof ApprovalDecision.Decided d) {
      Approval a = d.approval();
      stores
          .audit()
          .append(
              new AuditRecord(
                  at,
                  actor,
                  "approval_decided",
                  "incident " + a.incident(),
                  answer.wireName()
                      + " "
                      + a.action()
                      + " ("
                      + key
                      + ")"
                      + comment.filter(c -> !c.isBlank()).map(c -> ": " + c).orElse("")));
    }
    return decision;
  }

  /** The sentence for an answer that came too late: "already approved by api:alice at ...". */
  public static String alreadyDecided(Approval a) {
    return "already "
        + a.state().wireName()
        + a.decidedBy().map(by -> " by " + by).orElse("")
        + a.decidedAt().map(at -> " at " + at).orElse("");
  }
}
