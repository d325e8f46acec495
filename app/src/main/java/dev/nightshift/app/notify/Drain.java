package dev.nightshift.app.notify;

import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.notify.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends what the outbox holds before the process exits, for a bounded time: without it a demo that
 * ends, or an agent that stops, would leave its last notices (and those waiting for a retry) unsent
 * until the next start on the same store.
 */
public final class Drain {

  /** How the drain waits for a retry to fall due: real time, and a demo's virtual clock with it. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration wait) throws InterruptedException;
  }

  /** The wait when something due was not sent this round (a rate limit, a lane still busy). */
  static final Duration STEP = Duration.ofSeconds(1);

  private static final int LIMIT = 10_000;

  private final Deliveries deliveries;
  private final Runnable sendDue;
  private final Clock clock;

  /**
   * @param sendDue sends what is due now and returns when done ({@code DeliveryWorker::runDue})
   */
  public Drain(Deliveries deliveries, Runnable sendDue, Clock clock) {
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.sendDue = Objects.requireNonNull(sendDue, "sendDue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** How many deliveries are pending: due now or waiting for a retry. */
  public int pending() {
    return pendingNow().size();
  }

  /**
   * Sends what is due, and waits for each retry that falls due within {@code max}, until nothing is
   * pending; returns how many deliveries are still pending (kept in the store).
   */
  public int run(Duration max, Pause pause) throws InterruptedException {
    Instant deadline = clock.instant().plus(max);
    while (true) {
      sendDue.run();
      List<Delivery> pending = pendingNow();
      if (pending.isEmpty()) {
        return 0;
      }
      Instant now = clock.instant();
      Instant next =
          pending.stream().map(Delivery::nextAttemptAt).min(Comparator.naturalOrder()).orElse(now);
      Instant wake = next.isAfter(now) ? next : now.plus(STEP);
      if (wake.isAfter(deadline)) {
        return pending.size();
      }
      pause.pause(Duration.between(now, wake));
    }
  }

  private List<Delivery> pendingNow() {
    return deliveries.list(Optional.of(Delivery.State.PENDING), LIMIT);
  }
}
