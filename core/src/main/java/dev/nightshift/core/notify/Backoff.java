package dev.nightshift.core.notify;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long a failed delivery waits: doubling from the first delay up to a cap, shortened by up to a
 * fifth at random so that deliveries failed together do not retry together, and never sooner than
 * the channel asked.
 */
final class Backoff {

  private static final double JITTER = 0.2;

  private final Duration first;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration first, Duration max, RandomGenerator random) {
    this.first = first;
    this.max = max;
    this.random = random;
  }

  /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
  Duration after(int attempts, Optional<Duration> retryAfter) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    long millis = Math.min(max.toMillis(), first.toMillis() << doublings);
    long jittered = millis - (long) (millis * JITTER * random.nextDouble());
    Duration wait = Duration.ofMillis(jittered);
    return retryAfter.filter(asked -> asked.compareTo(wait) > 0).orElse(wait);
  }
}
