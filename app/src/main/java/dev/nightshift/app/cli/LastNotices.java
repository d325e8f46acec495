package dev.nightshift.app.cli;

import static java.util.stream.Collectors.toSet;

import dev.nightshift.app.notify.Drain;
import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.notify.Delivery;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the notices still in the outbox when {@code demo} or {@code run} is about to exit, and says
 * what became of them: how many are left pending, and which were given up, with why.
 */
final class LastNotices {

  private static final int SHOWN_FAILURES = 20;
  private static final int LIMIT = 10_000;

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
    Set<Long> failedBefore = failed(deliveries).stream().map(Delivery::id).collect(toSet());
    int pending = drain.pending();
    if (pending > 0) {
      say(out, "delivering " + pending + " pending notices (up to " + max.toSeconds() + "s)...");
      int left = drain.run(max, pause);
      if (left > 0) {
        say(out, left + " notices not delivered yet; " + kept);
      }
    }
    // Newest first from the store; told oldest first, as they happened.
    List<Delivery> given =
        failed(deliveries).stream().filter(d -> !failedBefore.contains(d.id())).toList();
    for (Delivery d : given.subList(0, Math.min(given.size(), SHOWN_FAILURES)).reversed()) {
      say(
          out,
          "not delivered to %s (the %s notice of incident %s): %s"
              .formatted(
                  d.channel(), d.kind(), d.incident(), d.lastError().orElse("no reason recorded")));
    }
  }

  private static List<Delivery> failed(Deliveries deliveries) {
    return deliveries.list(Optional.of(Delivery.State.FAILED), LIMIT);
  }

  private static void say(PrintWriter out, String line) {
    out.println("nightshift: " + line);
    out.flush();
  }
}
