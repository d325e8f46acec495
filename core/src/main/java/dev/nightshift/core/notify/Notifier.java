package dev.nightshift.core.notify;

import dev.nightshift.core.incident.Incident;
import java.util.function.BiConsumer;

/** Tells humans what the agent does: the console, chat, a pager, an issue tracker. */
public interface Notifier {

  /**
   * Hands a notice over for delivery. Must return quickly and never throw: a slow or failing
   * channel must not hold up the agent (deliveries are queued, stored and retried elsewhere).
   */
  void notify(Notice notice);

  /** A notifier that hears only of closed incidents, with their report: the console, a drill. */
  static Notifier onClose(BiConsumer<Incident, String> reports) {
    return notice -> {
      if (notice instanceof Notice.Closed closed) {
        reports.accept(closed.incident(), closed.report());
      }
    };
  }
}
