package dev.nightshift.core.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * A rate limit of so many a minute that allows a burst of a minute's worth, refilled continuously:
 * a delivery that finds the bucket empty waits for the next round instead of being dropped.
 */
final class TokenBucket {

  private static final double NANOS_PER_MINUTE = 60e9;

  private final int perMinute;
  private double tokens;
  private Instant last;

  TokenBucket(int perMinute, Instant now) {
    this.perMinute = perMinute;
    this.tokens = perMinute;
    this.last = now;
  }

  synchronized boolean tryTake(Instant now) {
    if (now.isAfter(last)) {
      double elapsed = Duration.between(last, now).toNanos();
      tokens = Math.min(perMinute, tokens + elapsed * perMinute / NANOS_PER_MINUTE);
      last = now;
    }
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
