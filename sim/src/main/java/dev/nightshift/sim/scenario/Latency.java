package dev.nightshift.sim.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * How much virtual time each simulated call takes, so that a diagnosis takes time as it does on a
 * real platform and a short blip can clear before the agent has finished looking at it.
 */
public record Latency(
    Duration healthcheck, Duration logs, Duration metrics, Duration sli, Duration action) {

  /** A probe 1 s, a log query 500 ms, a metric query and an SLI 200 ms each, an action 1 s. */
  public static final Latency DEFAULT =
      new Latency(
          Duration.ofSeconds(1),
          Duration.ofMillis(500),
          Duration.ofMillis(200),
          Duration.ofMillis(200),
          Duration.ofSeconds(1));

  /** Every call instant: for tests that reason about exact times. */
  public static final Latency NONE =
      new Latency(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  public Latency {
    requireNotNegative(healthcheck, "healthcheck");
    requireNotNegative(logs, "logs");
    requireNotNegative(metrics, "metrics");
    requireNotNegative(sli, "sli");
    requireNotNegative(action, "action");
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " latency cannot be negative: " + value);
    }
  }
}
