package dev.nightshift.core.incident;

import java.util.List;
import java.util.Optional;

/** Keeps incidents so that an open one survives a restart of the agent. */
public interface IncidentStore {

  /** Opens an incident in state {@code DETECTED} with the next free id. */
  Incident open(NewIncident incident);

  /** Replaces the stored incident with the same id. */
  void save(Incident incident);

  Optional<Incident> find(IncidentId id);

  /** Every incident not yet resolved or escalated, oldest first. */
  List<Incident> active();

  /** The newest incidents first, open or closed, at most {@code limit}. */
  List<Incident> recent(int limit);
}
