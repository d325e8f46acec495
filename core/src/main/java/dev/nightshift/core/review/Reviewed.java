package dev.nightshift.core.review;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.remediation.ActionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One incident with what the stores keep about it: the unit the statistics count. */
public record Reviewed(Incident incident, List<TimelineEvent> events, List<ActionRecord> actions) {

  /** The DETECTED event's fact naming when the SLA first broke, when an alert carried it. */
  public static final String BROKE_AT = "broke_at";

  public Reviewed {
    Objects.requireNonNull(incident, "incident");
    events = List.copyOf(events);
    actions = List.copyOf(actions);
  }

  /** Opening minus the recorded first breach; zero when the breach time was not recorded. */
  public Duration timeToDetect() {
    return first(EventType.DETECTED)
        .flatMap(e -> Optional.ofNullable(e.facts().get(BROKE_AT)))
        .map(Instant::parse)
        .map(broke -> Duration.between(broke, incident.openedAt()))
        .filter(d -> !d.isNegative())
        .orElse(Duration.ZERO);
  }

  /** Opened to closed, for closed incidents. */
  public Optional<Duration> timeToResolve() {
    return incident.closedAt().map(c -> Duration.between(incident.openedAt(), c));
  }

  public Optional<String> knownError() {
    return first(EventType.KNOWN_ERROR_MATCHED)
        .flatMap(e -> Optional.ofNullable(e.facts().get("known_error")));
  }

  public Optional<TimelineEvent> first(EventType type) {
    return events.stream().filter(e -> e.type() == type).findFirst();
  }
}
