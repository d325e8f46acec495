package dev.nightshift.adapters.slack;

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

/** The notices that go with the core's {@code SampleReports}, for rendering and channel tests. */
final class SampleNotices {

  static final IdempotencyKey KEY = IdempotencyKey.of(14, 1, 0);

  private SampleNotices() {}

  static Notice opened(IncidentReport report) {
    return new Notice.Opened(incident(report, IncidentState.DETECTED));
  }

  static Notice closed(IncidentReport report, IncidentState state) {
    return new Notice.Closed(incident(report, state), report.summary());
  }

  static Notice recovered(IncidentReport report) {
    return new Notice.Recovered(
        incident(report, IncidentState.ESCALATED), "broker 2 was restarted by hand");
  }

  static Notice approvalRequested(IncidentReport report) {
    Incident incident = incident(report, IncidentState.AWAITING_APPROVAL);
    return new Notice.ApprovalRequested(
        incident,
        Approval.request(
            KEY,
            report.incident(),
            "supervisor_restart kafka_to_redis_entity",
            "restart_process needs approval in phase assist",
            report.openedAt().plusSeconds(3),
            report.openedAt().plusSeconds(3).plus(Duration.ofMinutes(15))));
  }

  private static Incident incident(IncidentReport report, IncidentState state) {
    var closedAt =
        state.isTerminal()
            ? report.closedAt().or(() -> Optional.of(report.openedAt()))
            : Optional.<java.time.Instant>empty();
    return new Incident(
        new IncidentId(report.incident()),
        new SlaId(report.sla()),
        Severity.CRITICAL,
        state,
        report.trigger(),
        report.openedAt(),
        closedAt.orElse(report.openedAt()),
        closedAt,
        Progress.START,
        Optional.empty());
  }
}
