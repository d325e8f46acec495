package dev.nightshift.core.pipeline;

import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.change.ChangeEvents;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.knowledge.KnownErrorMemory;
import dev.nightshift.core.knowledge.LearnedKnownErrors;
import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.policy.Approvals;
import dev.nightshift.core.policy.Controls;
import dev.nightshift.core.reasoning.SpendLedger;
import dev.nightshift.core.remediation.ActionLog;
import java.util.Objects;

/** Everything the agent keeps durably, one narrow port each, handed to the pipeline together. */
public record Stores(
    IncidentStore incidents,
    Timeline timeline,
    ActionLog actions,
    Approvals approvals,
    Controls controls,
    KnownErrorMemory knownErrors,
    AuditTrail audit,
    ChangeEvents changes,
    AlertLog alerts,
    Deliveries deliveries,
    LearnedKnownErrors learned,
    SpendLedger spend) {

  public Stores {
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(actions, "actions");
    Objects.requireNonNull(approvals, "approvals");
    Objects.requireNonNull(controls, "controls");
    Objects.requireNonNull(knownErrors, "knownErrors");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(deliveries, "deliveries");
    Objects.requireNonNull(learned, "learned");
    Objects.requireNonNull(spend, "spend");
  }
}
