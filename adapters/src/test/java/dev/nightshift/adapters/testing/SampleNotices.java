package dev.nightshift.adapters.testing;

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
import java.util.Optional;

/** The notices that go with {@code SampleReports}: the incident each report is about. */
public final class SampleNotices {

  private SampleNotices() {}

  public static Incident incident(IncidentReport report, IncidentState state) {
    return new Incident(
        new IncidentId(report.incident()),
        new SlaId(report.sla()),
        Severity.CRITICAL,
        state,
        report.trigger(),
        report.openedAt(),
        report.closedAt().orElse(report.openedAt()),
        state.isTerminal() ? Optional.of(report.closedAt().orElseThrow()) : Optional.empty(),
        Progress.START,
        Optional.empty());
  }

  public static Notice opened(IncidentReport report) {
    return new Notice.Opened(incident(report, IncidentState.DIAGNOSING));
  }

  public static Notice approval(IncidentReport report) {
    Approval approval =
        Approval.request(
            IdempotencyKey.of(report.incident(), 1, 0),
            report.incident(),
            report.actions().getFirst().action(),
            report.actions().getFirst().detail(),
            report.openedAt(),
            report.openedAt().plusSeconds(900));
    return new Notice.ApprovalRequested(
        incident(report, IncidentState.AWAITING_APPROVAL), approval);
  }

  public static Notice closed(IncidentReport report) {
    IncidentState state =
        report.outcome().equals("resolved") ? IncidentState.RESOLVED : IncidentState.ESCALATED;
    return new Notice.Closed(incident(report, state), report.summary());
  }

  public static Notice recovered(IncidentReport report) {
    return new Notice.Recovered(incident(report, IncidentState.ESCALATED), "a human fixed it");
  }

  /** The notice a report is naturally sent with: closed, or the approval request. */
  public static Notice natural(IncidentReport report) {
    return report.closedAt().isPresent() ? closed(report) : approval(report);
  }
}
