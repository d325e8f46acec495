package dev.nightshift.core.notify;

import dev.nightshift.core.incident.Incident;

/** Sends a finished incident's report somewhere a human reads it: the console, chat, a pager. */
public interface Notifier {

  /** Called once when an incident is resolved or escalated; must not throw for a failed send. */
  void incidentClosed(Incident incident, String report);
}
