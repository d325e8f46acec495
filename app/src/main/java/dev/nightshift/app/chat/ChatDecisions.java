package dev.nightshift.app.chat;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Approvals;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code approve ID} and {@code deny ID}: the ID is an incident number (its single pending
 * request) or a full approval key; the store's compare-and-set makes sure only the first of two
 * answers counts.
 */
final class ChatDecisions {

  private static final int RECENT = 200;

  private final Approvals approvals;
  private final AuditTrail audit;
  private final Clock clock;

  ChatDecisions(Approvals approvals, AuditTrail audit, Clock clock) {
    this.approvals = approvals;
    this.audit = audit;
    this.clock = clock;
  }

  ChatReply decide(String id, ApprovalState decision, String actor) {
    String verb = decision == ApprovalState.APPROVED ? "approve" : "deny";
    if (id.isBlank()) {
      return refuse("usage: " + verb + " <incident number or approval key>, e.g. " + verb + " 12");
    }
    if (id.matches("[0-9]{1,18}")) {
      return byIncident(Long.parseLong(id), decision, actor);
    }
    if (!id.startsWith("incident-")) {
      return refuse(
          "'"
              + id
              + "' is neither an incident number nor an approval key (incident-12/attempt-1/step-0)");
    }
    return answer(new IdempotencyKey(id), decision, actor);
  }

  private ChatReply byIncident(long incident, ApprovalState decision, String actor) {
    List<Approval> pending =
        approvals.pending().stream().filter(a -> a.incident() == incident).toList();
    if (pending.size() > 1) {
      return refuse(
          "incident "
              + incident
              + " waits for "
              + pending.size()
              + " approvals; answer one by key: "
              + String.join(", ", pending.stream().map(a -> a.key().value()).toList()));
    }
    if (pending.size() == 1) {
      return answer(pending.getFirst().key(), decision, actor);
    }
    Optional<Approval> last =
        approvals.recent(RECENT).stream().filter(a -> a.incident() == incident).findFirst();
    return refuse(
        last.map(ChatDecisions::alreadyAnswered)
            .orElse("incident " + incident + " has no request for approval"));
  }

  private ChatReply answer(IdempotencyKey key, ApprovalState decision, String actor) {
    Instant now = clock.instant();
    Optional<Approval> found = approvals.find(key);
    if (found.isPresent()
        && found.get().state() == ApprovalState.PENDING
        && now.isAfter(found.get().expiresAt())) {
      return refuse("the request " + key + " expired at " + found.get().expiresAt());
    }
    return switch (approvals.decide(key, decision, actor, now)) {
      case ApprovalDecision.NotFound n -> refuse("no request for approval has key " + key);
      case ApprovalDecision.AlreadyDecided a -> refuse(alreadyAnswered(a.approval()));
      case ApprovalDecision.Decided d -> decided(d.approval(), actor, now);
    };
  }

  private ChatReply decided(Approval approval, String actor, Instant now) {
    audit.append(
        new AuditRecord(
            now,
            actor,
            "approval.decided",
            "incident " + approval.incident(),
            approval.state() + " " + approval.key() + ": " + approval.action()));
    String consequence =
        approval.state() == ApprovalState.APPROVED
            ? "the agent runs it on its next tick."
            : "the agent will not run it.";
    return new ChatReply(
        approval.state()
            + " for incident "
            + approval.incident()
            + ": "
            + approval.action()
            + " ("
            + approval.key()
            + "); "
            + consequence,
        false);
  }

  private static String alreadyAnswered(Approval approval) {
    if (approval.state() == ApprovalState.PENDING) {
      return "the request " + approval.key() + " is still pending";
    }
    return "already "
        + approval.state()
        + " by "
        + approval.decidedBy().orElse("someone")
        + " at "
        + approval.decidedAt().map(Instant::toString).orElse("?")
        + " (incident "
        + approval.incident()
        + ", "
        + approval.key()
        + ")";
  }

  private static ChatReply refuse(String text) {
    return new ChatReply(text, true);
  }
}
