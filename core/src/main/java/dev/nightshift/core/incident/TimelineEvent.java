package dev.nightshift.core.incident;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of an incident's timeline: when, what kind, a sentence for humans and the facts as
 * named strings (node, action, value) for machines, so that every store can keep it as it is.
 */
public record TimelineEvent(Instant at, EventType type, String message, Map<String, String> facts) {

  public TimelineEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
    Map<String, String> copy = new LinkedHashMap<>(Objects.requireNonNull(facts, "facts"));
    if (copy.containsKey(null) || copy.containsValue(null)) {
      throw new IllegalArgumentException("every fact needs a name and a value: " + copy);
    }
    facts = Collections.unmodifiableMap(copy);
  }

  public static TimelineEvent of(Instant at, EventType type, String message) {
    return new TimelineEvent(at, type, message, Map.of());
  }
}
