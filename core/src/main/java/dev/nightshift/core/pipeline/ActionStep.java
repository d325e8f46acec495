package dev.nightshift.core.pipeline;

import static dev.nightshift.core.incident.IncidentState.AWAITING_APPROVAL;

import dev.nightshift.core.diagnosis.Diagnoser;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.knowledge.KnownErrorMatcher;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.GateRequest;
import dev.nightshift.core.policy.PolicyGate;
import dev.nightshift.core.policy.Verdict;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaMonitor;
import dev.nightshift.core.sla.SlaStatus;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One action of a fix: run at most once per idempotency key, only if the problem is still there,
 * only on a node that is not external, and only as the policy gate decides.
 */
final class ActionStep {

  private final Parts parts;
  private final Journal journal;
  private final SlaMonitor monitor;
  private final Closing closing;
  private final PolicyGate gate;
  private final Diagnoser diagnoser;
  private final KnownErrorMatcher matcher;

  ActionStep(
      Parts parts,
      Journal journal,
      SlaMonitor monitor,
      Closing closing,
      PolicyGate gate,
      Diagnoser diagnoser,
      KnownErrorMatcher matcher) {
    this.parts = parts;
    this.journal = journal;
    this.monitor = monitor;
    this.closing = closing;
    this.gate = gate;
    this.diagnoser = diagnoser;
    this.matcher = matcher;
  }

  Incident run(Incident incident, Action action, Plan plan) {
    IdempotencyKey key = Remediation.key(incident);
    Optional<ActionRecord> done = parts.stores().actions().find(key);
    if (done.isPresent() && done.get().outcome() == ActionOutcome.EXECUTED) {
      return next(incident); // executed before a restart: never twice
    }
    Optional<NodeId> external =
        action.target().node().filter(n -> !parts.tree().require(n).type().isActionable());
    if (external.isPresent()) {
      return deny(
          incident, action, key, external.get() + " is external: Nightshift never acts on it");
    }
    Optional<String> gone = problemGone(incident, plan.recheck());
    if (gone.isPresent()) {
      SlaCheck sla = monitor.measure(incident.sla());
      boolean back =
          switch (sla.status()) {
            case SlaStatus.Met m -> true;
            case SlaStatus.OutsideWindow o -> true;
            case SlaStatus.Unmeasured u -> sla.sla().sli().isEmpty(); // unreadable is not back
            case SlaStatus.Breached b -> false;
          };
      if (back) {
        return closing.resolve(
            incident,
            "recovered by itself before "
                + ActionWords.describe(action)
                + " ("
                + gone.get()
                + "): "
                + sla.describe());
      }
      journal.record(
          incident,
          EventType.ACTION_INTENDED,
          "skipped " + ActionWords.describe(action) + ": " + gone.get());
      return next(incident);
    }
    boolean approved =
        parts
            .stores()
            .approvals()
            .find(key)
            .map(a -> a.state() == ApprovalState.APPROVED)
            .orElse(false);
    Verdict verdict =
        humanFirst(
            plan,
            approved,
            gate.decide(
                new GateRequest(
                    action,
                    incident.id().value(),
                    incident.severity(),
                    plan.fromKnownError(),
                    incident.openedAt(),
                    approved)));
    journal.record(
        incident,
        EventType.POLICY_DECISION,
        ActionWords.describe(action)
            + ": "
            + ActionWords.verdictName(verdict)
            + " — "
            + verdict.reason(),
        ActionWords.facts(action, verdict));
    return switch (verdict) {
      case Verdict.Allow a -> execute(incident, action, key);
      case Verdict.Intend i -> {
        log(incident, action, key, ActionOutcome.INTENDED, i.reason());
        journal.record(
            incident,
            EventType.ACTION_INTENDED,
            "would run " + ActionWords.describe(action) + " (" + i.reason() + ")");
        yield closing.escalate(
            incident,
            "intended " + ActionWords.describe(action) + " but did not run it: " + i.reason());
      }
      case Verdict.Hold h ->
          closing.save(incident.with(incident.progress().wakeAt(h.until()), now()));
      case Verdict.NeedsApproval n -> requestApproval(incident, action, key, n.reason());
      case Verdict.Deny d -> deny(incident, action, key, d.reason());
    };
  }

  // What the gate allows a known error's fix, a reasoner's proposal gets only with a human's
  // approval unless the operator chose otherwise (llm.proposals_need_approval: false).
  private Verdict humanFirst(Plan plan, boolean approved, Verdict verdict) {
    if (verdict instanceof Verdict.Allow
        && !plan.fromKnownError()
        && !approved
        && parts.reasoning().settings().proposalsNeedApproval()) {
      return new Verdict.NeedsApproval("a reasoner's proposal runs only after a human approves it");
    }
    return verdict;
  }

  // The re-check just before acting: the signature's metric condition still holds and the node
  // acted for (the root cause, or the signature's node) is still abnormal.
  private Optional<String> problemGone(Incident incident, Signature signature) {
    if (!matcher.conditionHolds(signature)) {
      return Optional.of(signature.metricCondition().orElseThrow() + " no longer holds");
    }
    Set<NodeId> nodes = new LinkedHashSet<>();
    incident.progress().rootCause().ifPresent(nodes::add);
    nodes.add(signature.node());
    List<String> healthy = new ArrayList<>();
    for (NodeId node : nodes) {
      Health health = diagnoser.health(parts.tree().require(node));
      if (health.status() != HealthStatus.HEALTHY) { // unknown is not recovered
        return Optional.empty();
      }
      healthy.add(node + " is " + health.status());
    }
    return Optional.of(String.join(" and ", healthy));
  }

  private Incident execute(Incident incident, Action action, IdempotencyKey key) {
    ExecutionResult result = parts.executor().execute(action, key);
    return switch (result) {
      case ExecutionResult.Succeeded s -> {
        log(incident, action, key, ActionOutcome.EXECUTED, s.detail());
        journal.record(
            incident,
            EventType.ACTION_EXECUTED,
            "ran " + ActionWords.describe(action) + ": " + s.detail(),
            ActionWords.facts(action));
        yield next(incident);
      }
      case ExecutionResult.Failed f -> {
        log(incident, action, key, ActionOutcome.FAILED, f.detail());
        journal.record(
            incident,
            EventType.ACTION_FAILED,
            ActionWords.describe(action) + " failed: " + f.detail(),
            ActionWords.facts(action));
        yield closing.failedAttempt(
            incident, ActionWords.describe(action) + " failed: " + f.detail());
      }
    };
  }

  private Incident requestApproval(
      Incident incident, Action action, IdempotencyKey key, String reason) {
    Optional<Approval> earlier = parts.stores().approvals().find(key);
    if (earlier.isPresent() && earlier.get().state() != ApprovalState.PENDING) {
      return closing.escalate(
          incident, ActionWords.describe(action) + " was " + earlier.get().state() + ": " + reason);
    }
    Optional<Approval> requested = Optional.empty();
    if (earlier.isEmpty()) {
      Instant expires = now().plus(parts.policy().limits().approvalTimeout());
      requested =
          Optional.of(
              Approval.request(
                  key,
                  incident.id().value(),
                  ActionWords.describe(action),
                  reason,
                  now(),
                  expires));
      parts.stores().approvals().save(requested.get());
      log(incident, action, key, ActionOutcome.PENDING_APPROVAL, reason);
      journal.record(
          incident,
          EventType.APPROVAL_REQUESTED,
          "asked a human to approve " + ActionWords.describe(action) + ": " + reason,
          Map.of("key", key.value()));
    }
    Incident waiting =
        closing.move(
            closing.save(
                incident.with(
                    incident.progress().wakeAt(now().plus(IncidentPipeline.POLL)), now())),
            AWAITING_APPROVAL,
            "waiting for approval of " + ActionWords.describe(action));
    requested.ifPresent(a -> parts.notifier().notify(new Notice.ApprovalRequested(waiting, a)));
    return waiting;
  }

  private Incident deny(Incident incident, Action action, IdempotencyKey key, String reason) {
    log(incident, action, key, ActionOutcome.DENIED, reason);
    return closing.escalate(incident, ActionWords.describe(action) + " was not allowed: " + reason);
  }

  private void log(
      Incident incident, Action action, IdempotencyKey key, ActionOutcome outcome, String detail) {
    parts
        .stores()
        .actions()
        .record(ActionRecord.of(key, incident.id().value(), now(), action, outcome, detail));
  }

  private Incident next(Incident incident) {
    return closing.save(
        incident.with(incident.progress().atStep(incident.progress().step() + 1), now()));
  }

  private Instant now() {
    return parts.clock().instant();
  }
}
