package dev.nightshift.core.notify;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.policy.Approval;
import java.util.Objects;

/**
 * Something about an incident a human should hear of. The agent emits notices as it works; a {@link
 * Notifier} routes each to the channels configured for it.
 */
public sealed interface Notice {

  Incident incident();

  /** The wire name routing rules and stored deliveries use: opened, approval, resolved, ... */
  String kind();

  /** An incident was opened: the SLA broke or an alert named it. */
  record Opened(Incident incident) implements Notice {
    public Opened {
      Objects.requireNonNull(incident, "incident");
    }

    @Override
    public String kind() {
      return "opened";
    }
  }

  /** The agent waits for a human to approve one step. */
  record ApprovalRequested(Incident incident, Approval approval) implements Notice {
    public ApprovalRequested {
      Objects.requireNonNull(incident, "incident");
      Objects.requireNonNull(approval, "approval");
    }

    @Override
    public String kind() {
      return "approval";
    }
  }

  /** The incident ended, resolved or escalated, and its report is written. */
  record Closed(Incident incident, String report) implements Notice {
    public Closed {
      Objects.requireNonNull(incident, "incident");
      Objects.requireNonNull(report, "report");
      if (incident.isOpen()) {
        throw new IllegalArgumentException("incident " + incident.id() + " is still open");
      }
    }

    @Override
    public String kind() {
      return incident.state().toString();
    }
  }

  /** The SLA of an escalated incident is within objective again: a human fixed it. */
  record Recovered(Incident incident, String how) implements Notice {
    public Recovered {
      Objects.requireNonNull(incident, "incident");
      Objects.requireNonNull(how, "how");
    }

    @Override
    public String kind() {
      return "recovered";
    }
  }
}
