package dev.nightshift.adapters.telegram;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.Progress;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.time.Duration;
import java.util.Optional;

/** The notices that go with the sample reports. */
final class Notices {

  private Notices() {}

  static Notice closed(IncidentReport report) {
    IncidentState state =
        report.outcome().equals("resolved") ? IncidentState.RESOLVED : IncidentState.ESCALATED;
    return new Notice.Closed(incident(report, state), "report");
  }

  static Notice.ApprovalRequested approval(IncidentReport report, IdempotencyKey key) {
    Approval approval =
        Approval.request(
            key,
            report.incident(),
            "supervisor_restart kafka_to_redis_entity",
            "restart_process needs approval in phase assist",
            report.openedAt().plusSeconds(3),
            report.openedAt().plus(Duration.ofMinutes(30)));
    return new Notice.ApprovalRequested(
        incident(report, IncidentState.AWAITING_APPROVAL), approval);
  }

  static Notice.ApprovalRequested approval(IncidentReport report) {
    return approval(report, IdempotencyKey.of(report.incident(), 1, 0));
  }

  static Incident incident(IncidentReport report, IncidentState state) {
    return new Incident(
        new IncidentId(report.incident()),
        new SlaId(report.sla()),
        Severity.CRITICAL,
        state,
        report.trigger(),
        report.openedAt(),
        report.closedAt().orElse(report.openedAt()),
        state.isTerminal()
            ? report.closedAt().or(() -> Optional.of(report.openedAt()))
            : Optional.empty(),
        Progress.START,
        Optional.empty());
  }
}
