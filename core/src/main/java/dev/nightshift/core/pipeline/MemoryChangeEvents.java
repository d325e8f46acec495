package dev.nightshift.core.pipeline;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.ChangeEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Change events in a list, sorted by time when read. */
final class MemoryChangeEvents implements ChangeEvents {

  private final List<ChangeEvent> events = new ArrayList<>();

  @Override
  public synchronized void record(ChangeEvent event) {
    events.add(event);
  }

  @Override
  public synchronized List<ChangeEvent> between(Instant from, Instant to) {
    return events.stream()
        .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
        .sorted(Comparator.comparing(ChangeEvent::at))
        .toList();
  }
}
