package dev.nightshift.core.pipeline;

import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.incident.TimelineEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each incident's events in a list, refusing events of incidents the incident store never had. */
final class MemoryTimeline implements Timeline {

  private final MemoryIncidentStore incidents;
  private final Map<IncidentId, List<TimelineEvent>> events = new HashMap<>();

  MemoryTimeline(MemoryIncidentStore incidents) {
    this.incidents = incidents;
  }

  @Override
  public synchronized void append(IncidentId incident, TimelineEvent event) {
    if (!incidents.exists(incident)) {
      throw new IllegalArgumentException("there is no incident " + incident + " to add events to");
    }
    events.computeIfAbsent(incident, i -> new ArrayList<>()).add(event);
  }

  @Override
  public synchronized List<TimelineEvent> events(IncidentId incident) {
    return List.copyOf(events.getOrDefault(incident, List.of()));
  }
}
