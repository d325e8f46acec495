package dev.nightshift.core.notify;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.Approvals;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.util.Optional;

/**
 * Rebuilds the notice a delivery stands for from the store, as it is now: the outbox keeps only
 * ids, so that a restart sends the incident's latest state rather than a stale copy.
 */
final class StoredNotice {

  /** The notice, or why it cannot be rebuilt (a retry cannot help). */
  sealed interface Rebuilt {
    record Found(Notice notice) implements Rebuilt {}

    record Missing(String reason) implements Rebuilt {}
  }

  private final IncidentStore incidents;
  private final Approvals approvals;

  StoredNotice(IncidentStore incidents, Approvals approvals) {
    this.incidents = incidents;
    this.approvals = approvals;
  }

  Rebuilt of(Delivery delivery) {
    Optional<Incident> incident = incidents.find(delivery.incident());
    if (incident.isEmpty()) {
      return new Rebuilt.Missing("incident " + delivery.incident() + " is not in the store");
    }
    Incident i = incident.get();
    return switch (delivery.kind()) {
      case "opened" -> new Rebuilt.Found(new Notice.Opened(i));
      case "approval" -> approval(i, delivery.subject());
      case "recovered" -> new Rebuilt.Found(new Notice.Recovered(i, delivery.subject()));
      case "resolved", "escalated" ->
          i.isOpen()
              ? new Rebuilt.Missing("incident " + i.id() + " is open again; nothing to report")
              : new Rebuilt.Found(new Notice.Closed(i, i.report().orElse("")));
      default -> new Rebuilt.Missing("unknown notice kind '" + delivery.kind() + "'");
    };
  }

  private Rebuilt approval(Incident incident, String key) {
    if (key.isBlank()) {
      return new Rebuilt.Missing("the approval notice names no approval");
    }
    Optional<Approval> approval = approvals.find(new IdempotencyKey(key));
    return approval
        .<Rebuilt>map(a -> new Rebuilt.Found(new Notice.ApprovalRequested(incident, a)))
        .orElseGet(() -> new Rebuilt.Missing("approval " + key + " is not in the store"));
  }
}
