package dev.nightshift.core.pipeline;

import static dev.nightshift.core.incident.IncidentState.REMEDIATING;
import static dev.nightshift.core.incident.IncidentState.VERIFYING;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaMonitor;
import dev.nightshift.core.sla.SlaStatus;
import dev.nightshift.core.telemetry.MetricReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs a plan (a known error's fix, a reasoner's proposal) one step at a time: actions through
 * {@link ActionStep}, waits as wake-up times, verify checks polled until they hold or time out, and
 * at the end the SLA itself, because a fix is done only when the SLA is back within its objective.
 */
final class Remediation {

  /** How long the SLA may take to recover after a fix's own checks have passed. */
  static final Duration SLA_RECOVERY = Duration.ofMinutes(5);

  private final Parts parts;
  private final Journal journal;
  private final SlaMonitor monitor;
  private final Closing closing;
  private final ActionStep actions;
  private final Plans plans;

  Remediation(
      Parts parts,
      Journal journal,
      SlaMonitor monitor,
      Closing closing,
      ActionStep actions,
      Plans plans) {
    this.parts = parts;
    this.journal = journal;
    this.monitor = monitor;
    this.closing = closing;
    this.actions = actions;
    this.plans = plans;
  }

  Incident run(Incident incident) {
    Incident current = incident;
    Plan plan = plans.of(current);
    List<Step> steps = plan.steps();
    while (current.state() == REMEDIATING) {
      int index = current.progress().step();
      if (index >= steps.size()) {
        return closing.move(
            schedule(current, current.progress().deadline(now().plus(SLA_RECOVERY))),
            VERIFYING,
            "the fix's steps are done; waiting for the SLA to recover");
      }
      current =
          switch (steps.get(index)) {
            case dev.nightshift.core.remediation.Action a -> actions.run(current, a, plan);
            case Step.Wait w -> waitFor(current, w);
            case Step.Verify v ->
                closing.move(
                    schedule(current, current.progress().deadline(now().plus(v.timeout()))),
                    VERIFYING,
                    "verifying " + v.check() + " for up to " + v.timeout().toSeconds() + "s");
            case Step.Escalate e ->
                e.onlyIfFailed() ? next(current) : closing.escalate(current, e.message());
          };
      if (current.progress().wakeAt().isPresent() && current.state() == REMEDIATING) {
        return current;
      }
    }
    return current.state() == VERIFYING ? verify(current) : current;
  }

  Incident verify(Incident incident) {
    List<Step> steps = plans.of(incident).steps();
    int index = incident.progress().step();
    boolean timedOut = !now().isBefore(incident.progress().deadline().orElseThrow());
    if (index >= steps.size()) {
      SlaCheck sla = monitor.measure(incident.sla());
      return switch (sla.status()) {
        case SlaStatus.Breached b when timedOut ->
            closing.failedAttempt(
                incident,
                "the fix's checks passed but "
                    + sla.describe()
                    + " after "
                    + SLA_RECOVERY.toMinutes()
                    + "m");
        case SlaStatus.Breached b -> poll(incident);
        case SlaStatus.Met m -> closing.resolve(incident, "fixed and verified: " + sla.describe());
        case SlaStatus.Unmeasured u when sla.sla().sli().isEmpty() ->
            closing.resolve(incident, "the fix verified; " + sla.describe());
        // An SLI that cannot be read is never taken for a recovery.
        case SlaStatus.Unmeasured u when timedOut ->
            closing.escalate(
                incident,
                "the fix verified, but whether the SLA recovered is unknown: " + sla.describe());
        case SlaStatus.Unmeasured u -> poll(incident);
        case SlaStatus.OutsideWindow o ->
            closing.resolve(incident, "the fix verified; " + sla.describe());
      };
    }
    Step.Verify check = (Step.Verify) steps.get(index);
    MetricReading reading = parts.metrics().values(check.check());
    if (reading instanceof MetricReading.Values v && v.all(check.check().bound())) {
      journal.record(
          incident,
          EventType.VERIFIED,
          check.check() + " holds: " + v.samples(),
          Map.of("check", check.check().toString()));
      return run(next(closing.move(incident, REMEDIATING, "verified " + check.check())));
    }
    if (!timedOut) {
      return poll(incident);
    }
    String why =
        check.check()
            + " did not hold within "
            + check.timeout().toSeconds()
            + "s: "
            + describe(reading);
    journal.record(incident, EventType.VERIFY_FAILED, why);
    if (index + 1 < steps.size()
        && steps.get(index + 1) instanceof Step.Escalate e
        && e.onlyIfFailed()) {
      incident.progress().knownError().ifPresent(closing::learnFailure);
      return closing.escalate(incident, e.message() + " (" + why + ")");
    }
    return closing.failedAttempt(incident, why);
  }

  Incident awaitApproval(Incident incident) {
    IdempotencyKey key = key(incident);
    Approval approval = parts.stores().approvals().find(key).orElseThrow();
    return switch (approval.state()) {
      case APPROVED -> {
        journal.record(
            incident,
            EventType.APPROVAL_DECIDED,
            "approved by " + approval.decidedBy().orElse("?"));
        yield run(
            closing.move(incident, REMEDIATING, "approved by " + approval.decidedBy().orElse("?")));
      }
      case DENIED -> {
        journal.record(
            incident, EventType.APPROVAL_DECIDED, "denied by " + approval.decidedBy().orElse("?"));
        yield closing.escalate(
            incident, approval.action() + " was denied by " + approval.decidedBy().orElse("?"));
      }
      case EXPIRED ->
          closing.escalate(incident, "nobody answered the request to approve " + approval.action());
      case PENDING -> {
        if (now().isBefore(approval.expiresAt())) {
          yield poll(incident);
        }
        // Compare-and-set: a human answering at this very moment wins or loses cleanly.
        yield switch (parts
            .stores()
            .approvals()
            .decide(approval.key(), ApprovalState.EXPIRED, "nightshift", now())) {
          case ApprovalDecision.Decided d ->
              closing.escalate(
                  incident,
                  "nobody answered the request to approve " + approval.action() + " in time");
          case ApprovalDecision.AlreadyDecided a -> awaitApproval(incident);
          case ApprovalDecision.NotFound n ->
              throw new IllegalStateException("the approval " + n.key() + " vanished");
        };
      }
    };
  }

  static IdempotencyKey key(Incident incident) {
    return IdempotencyKey.of(
        incident.id().value(), incident.progress().attempt(), incident.progress().step());
  }

  private Incident waitFor(Incident incident, Step.Wait wait) {
    if (incident.progress().wakeAt().isPresent()) {
      return next(incident); // woken: the wait is over
    }
    journal.record(
        incident,
        EventType.WAITED,
        "waiting "
            + wait.duration().toSeconds()
            + "s"
            + wait.purpose().map(p -> ": " + p).orElse(""));
    return schedule(incident, incident.progress().wakeAt(now().plus(wait.duration())));
  }

  private Incident poll(Incident incident) {
    return schedule(incident, incident.progress().wakeAt(now().plus(IncidentPipeline.POLL)));
  }

  private Incident next(Incident incident) {
    return closing.save(
        incident.with(incident.progress().atStep(incident.progress().step() + 1), now()));
  }

  private Incident schedule(Incident incident, dev.nightshift.core.incident.Progress progress) {
    return closing.save(incident.with(progress, now()));
  }

  private static String describe(MetricReading reading) {
    return switch (reading) {
      case MetricReading.Values v -> v.samples().isEmpty() ? "no series" : v.samples().toString();
      case MetricReading.Unavailable u -> "unavailable: " + u.reason();
    };
  }

  private Instant now() {
    return parts.clock().instant();
  }
}
