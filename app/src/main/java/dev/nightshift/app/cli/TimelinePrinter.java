package dev.nightshift.app.cli;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.pipeline.Stores;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Stores whose timeline also prints each event as it is appended: the agent's console output. */
final class TimelinePrinter {

  private TimelinePrinter() {}

  static Stores printing(
      Stores stores, PrintWriter out, DateTimeFormatter clock, boolean quietNodes) {
    Timeline live =
        new Timeline() {
          @Override
          public void append(IncidentId incident, TimelineEvent event) {
            stores.timeline().append(incident, event);
            if (event.type() == EventType.REPORTED
                || (quietNodes && event.type() == EventType.NODE_CHECKED)) {
              return;
            }
            synchronized (out) {
              out.printf(
                  "%s  #%-3s %-20s %s%n",
                  clock.format(event.at()), incident, event.type(), event.message());
              out.flush();
            }
          }

          @Override
          public List<TimelineEvent> events(IncidentId incident) {
            return stores.timeline().events(incident);
          }
        };
    return new Stores(
        stores.incidents(),
        live,
        stores.actions(),
        stores.approvals(),
        stores.controls(),
        stores.knownErrors(),
        stores.audit(),
        stores.changes(),
        stores.alerts(),
        stores.deliveries(),
        stores.learned(),
        stores.spend());
  }
}
