package dev.nightshift.app.cli;

import dev.nightshift.app.notify.Drain;
import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.notify.Delivery;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends the notices still in the outbox when {@code demo} or {@code run} is about to exit, and says
 * what became of them: how many are left pending, and which were given up, with why.
 */
final class LastNotices {

  private static final int SHOWN_FAILURES = 20;

  private LastNotices() {}

  /**
   * Drains the outbox within {@code max}.
   *
   * @param kept what happens to notices left pending, e.g. "they are kept in the store"
   */
  static void deliver(
      Drain drain,
      Deliveries deliveries,
      Duration max,
      Drain.Pause pause,
      PrintWriter out,
      String kept)
      throws InterruptedException {
    int pending = drain.pending();
    if (pending > 0) {
      say(out, "delivering " + pending + " pending notices (up to " + max.toSeconds() + "s)...");
      int left = drain.run(max, pause);
      if (left > 0) {
        say(out, left + " notices not delivered yet; " + kept);
      }
    }
    for (Delivery d : deliveries.list(Optional.of(Delivery.State.FAILED), SHOWN_FAILURES)) {
      say(
          out,
          "not delivered to "
              + d.channel()
              + ": the "
              + d.kind()
              + " notice of incident "
              + d.incident()
              + " ("
              + d.lastError().orElse("no reason recorded")
              + ")");
    }
  }

  private static void say(PrintWriter out, String line) {
    out.println("nightshift: " + line);
    out.flush();
  }
}
