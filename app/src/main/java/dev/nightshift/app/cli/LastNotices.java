package dev.nightshift.app.cli;

import dev.nightshift.app.notify.Drain;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Sends the notices still in the outbox when {@code demo} or {@code run} is about to exit, and says
 * how many are left pending (a notice given up is told by the delivery worker as it happens).
 */
final class LastNotices {

  private LastNotices() {}

  /**
   * Drains the outbox within {@code max}.
   *
   * @param kept what happens to notices left pending, e.g. "they are kept in the store"
   */
  static void deliver(Drain drain, Duration max, Drain.Pause pause, PrintWriter out, String kept)
      throws InterruptedException {
    int pending = drain.pending();
    if (pending > 0) {
      say(out, "delivering " + pending + " pending notices (up to " + max.toSeconds() + "s)...");
      int left = drain.run(max, pause);
      if (left > 0) {
        say(out, left + " notices not delivered yet; " + kept);
      }
    }
  }

  private static void say(PrintWriter out, String line) {
    out.println("nightshift: " + line);
    out.flush();
  }
}
