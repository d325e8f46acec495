package dev.nightshift.core.incident;

import java.util.List;

/** Keeps each incident's timeline of events, in the order they were appended. */
public interface Timeline {

  void append(IncidentId incident, TimelineEvent event);

  List<TimelineEvent> events(IncidentId incident);
}
