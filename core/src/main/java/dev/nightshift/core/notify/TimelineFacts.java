package dev.nightshift.core.notify;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What an incident's timeline says, read once: the walk, the diagnosis, the end. */
record TimelineFacts(List<TimelineEvent> events) {

  TimelineFacts {
    events = List.copyOf(events);
  }

  /** The last event of a type, e.g. the latest diagnosis of an incident diagnosed twice. */
  Optional<TimelineEvent> last(EventType type) {
    return events.reversed().stream().filter(e -> e.type() == type).findFirst();
  }

  boolean has(EventType type) {
    return last(type).isPresent();
  }

  /** Each walked node once, its latest finding, in the order the walk first reached it. */
  List<PathStep> path() {
    Map<String, PathStep> steps = new LinkedHashMap<>();
    for (TimelineEvent e : events) {
      if (e.type() == EventType.NODE_CHECKED) {
        Map<String, String> f = e.facts();
        String node = f.getOrDefault("node", "?");
        steps.put(
            node,
            new PathStep(
                node,
                f.getOrDefault("status", "unknown"),
                f.getOrDefault("reason", e.message()),
                lines(f.get("errors")),
                lines(f.get("metrics")),
                lines(f.get("gaps"))));
      }
    }
    return List.copyOf(steps.values());
  }

  /** The located root cause nodes, the primary first. */
  List<String> rootCause() {
    return last(EventType.DIAGNOSED)
        .map(e -> e.facts().get("root_cause"))
        .map(s -> List.of(s.split(",")))
        .orElse(List.of());
  }

  /** The event that closed the incident, if it has been closed. */
  Optional<TimelineEvent> closing() {
    return events.reversed().stream()
        .filter(e -> e.type() == EventType.RESOLVED || e.type() == EventType.ESCALATED)
        .findFirst();
  }

  private static List<String> lines(@Nullable String text) {
    return text == null ? List.of() : text.lines().toList();
  }
}
