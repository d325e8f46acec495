package dev.nightshift.core.pipeline;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.incident.NewIncident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Incidents in maps; open ones are also indexed by opening time, so that the pipeline's frequent
 * {@link #active()} does not walk the thousands of closed incidents a drill leaves behind.
 */
final class MemoryIncidentStore implements IncidentStore {

  private final Map<IncidentId, Incident> byId = new HashMap<>();
  private final NavigableMap<Ordinal, Incident> byOpening = new TreeMap<>();
  private final NavigableMap<Ordinal, Incident> openByOpening = new TreeMap<>();
  private long lastId;

  @Override
  public synchronized Incident open(NewIncident incident) {
    IncidentId id = new IncidentId(++lastId);
    Incident opened = incident.opened(id);
    put(opened);
    return opened;
  }

  @Override
  public synchronized void save(Incident incident) {
    Incident stored = byId.get(incident.id());
    if (stored == null) {
      throw new IllegalArgumentException("there is no incident " + incident.id() + " to save");
    }
    byOpening.remove(ordinal(stored));
    openByOpening.remove(ordinal(stored));
    put(incident);
  }

  @Override
  public synchronized Optional<Incident> find(IncidentId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<Incident> active() {
    return List.copyOf(openByOpening.values());
  }

  @Override
  public synchronized List<Incident> recent(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("a limit cannot be negative: " + limit);
    }
    List<Incident> newest = new ArrayList<>(Math.min(limit, byOpening.size()));
    for (Incident incident : byOpening.descendingMap().values()) {
      if (newest.size() == limit) {
        break;
      }
      newest.add(incident);
    }
    return List.copyOf(newest);
  }

  synchronized boolean exists(IncidentId id) {
    return byId.containsKey(id);
  }

  private void put(Incident incident) {
    byId.put(incident.id(), incident);
    byOpening.put(ordinal(incident), incident);
    if (incident.isOpen()) {
      openByOpening.put(ordinal(incident), incident);
    }
  }

  private static Ordinal ordinal(Incident incident) {
    return new Ordinal(incident.openedAt(), incident.id().value());
  }
}
