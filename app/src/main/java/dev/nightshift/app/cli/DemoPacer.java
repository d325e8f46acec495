package dev.nightshift.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Sleeps between the demo's ticks so that simulated time runs at {@code speed} times real time, and
 * at real time while {@code humanAsked} holds (an approval waits for someone at the UI).
 */
final class DemoPacer {

  private final double speed;
  private final BooleanSupplier humanAsked;
  private long realAnchor = System.nanoTime();
  private Instant virtualAnchor;
  private double current;

  /**
   * @param speed simulated seconds per real second; 0 never sleeps
   */
  DemoPacer(double speed, Instant virtualStart, BooleanSupplier humanAsked) {
    this.speed = speed;
    this.humanAsked = humanAsked;
    this.virtualAnchor = virtualStart;
    this.current = speed;
  }

  void ticked(Instant virtualNow) {
    if (speed == 0) {
      return;
    }
    double wanted = humanAsked.getAsBoolean() ? Math.min(1, speed) : speed;
    if (wanted != current) { // a change of pace counts from here, not from the start
      realAnchor = System.nanoTime();
      virtualAnchor = virtualNow;
      current = wanted;
      return;
    }
    long due =
        realAnchor + (long) (Duration.between(virtualAnchor, virtualNow).toNanos() / current);
    long ahead = due - System.nanoTime();
    if (ahead > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(ahead);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
