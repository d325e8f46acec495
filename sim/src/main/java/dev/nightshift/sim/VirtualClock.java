package dev.nightshift.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when told to, so that a drill replays ten minutes of incident in
 * milliseconds and every run of a scenario sees the same instants. It never goes backwards.
 */
public final class VirtualClock extends Clock {

  /** The instant, shared by the clock and every {@link #withZone} view of it. */
  private static final class Now {
    private Instant instant;

    Now(Instant instant) {
      this.instant = instant;
    }
  }

  private final Now now;
  private final ZoneId zone;

  public VirtualClock(Instant start) {
    this(new Now(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private VirtualClock(Now now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that moves with this clock. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new VirtualClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    synchronized (now) {
      return now.instant;
    }
  }

  /** Moves the clock forward by {@code step}. */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock cannot go backwards: " + step);
    }
    synchronized (now) {
      now.instant = now.instant.plus(step);
    }
  }

  /**
   * Moves the clock forward to {@code target}; stays put when the clock is already past it (a slow
   * simulated call may overrun the runner's next step).
   */
  public void advanceTo(Instant target) {
    synchronized (now) {
      if (target.isAfter(now.instant)) {
        now.instant = target;
      }
    }
  }

  @Override
  public String toString() {
    return "VirtualClock[" + instant() + "]";
  }
}
