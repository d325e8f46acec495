package dev.nightshift.core.pipeline;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.incident.TimelineEvent;
import java.time.Clock;
import java.util.Map;

/**
 * Writes what happens to an incident twice: to its timeline for the report, and to the hash-chained
 * audit trail, so no decision is made without a durable record of it and its reason.
 */
final class Journal {

  private final Timeline timeline;
  private final AuditTrail audit;
  private final Clock clock;

  Journal(Timeline timeline, AuditTrail audit, Clock clock) {
    this.timeline = timeline;
    this.audit = audit;
    this.clock = clock;
  }

  void record(Incident incident, EventType type, String message) {
    record(incident, type, message, Map.of());
  }

  void record(Incident incident, EventType type, String message, Map<String, String> facts) {
    TimelineEvent event = new TimelineEvent(clock.instant(), type, message, facts);
    timeline.append(incident.id(), event);
    audit.append(
        new AuditRecord(
            event.at(),
            "agent",
            "incident." + type.wireName(),
            "incident " + incident.id(),
            message));
  }
}
