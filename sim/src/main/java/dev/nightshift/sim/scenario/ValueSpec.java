package dev.nightshift.sim.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * How a simulated number behaves while it is in force: a constant, a linear ramp, or a counter that
 * grows at a steady rate (for {@code rate} and {@code increase} conditions).
 */
public sealed interface ValueSpec {

  /**
   * The level {@code elapsed} after the spec came into force: a gauge's value, or a counter's rate
   * per second (the counter itself is the integral of this level over time).
   */
  double level(Duration elapsed);

  /** Whether the number is a counter, whose level is its rate. */
  default boolean isCounter() {
    return this instanceof Counter;
  }

  /** A value that does not change, such as {@code 298}. */
  record Constant(double value) implements ValueSpec {
    public Constant {
      requireFinite(value);
    }

    @Override
    public double level(Duration elapsed) {
      return value;
    }
  }

  /**
   * A value moving linearly from {@code from} to {@code to} over {@code over}, then staying at
   * {@code to}, as in {@code {ramp: [12, 45000], over: 60s}}.
   */
  record Ramp(double from, double to, Duration over) implements ValueSpec {
    public Ramp {
      requireFinite(from);
      requireFinite(to);
      Objects.requireNonNull(over, "over");
      if (over.isNegative()) {
        throw new IllegalArgumentException("a ramp cannot take negative time: " + over);
      }
    }

    @Override
    public double level(Duration elapsed) {
      if (over.isZero() || elapsed.compareTo(over) >= 0) {
        return to;
      }
      if (elapsed.isNegative()) {
        return from;
      }
      double fraction = (double) elapsed.toNanos() / over.toNanos();
      return from + (to - from) * fraction;
    }
  }

  /** A counter growing by {@code ratePerSecond} every second, as in {@code {rate: 50}}. */
  record Counter(double ratePerSecond) implements ValueSpec {
    public Counter {
      requireFinite(ratePerSecond);
      if (ratePerSecond < 0) {
        throw new IllegalArgumentException("a counter cannot shrink: rate " + ratePerSecond);
      }
    }

    @Override
    public double level(Duration elapsed) {
      return ratePerSecond;
    }
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a simulated value must be finite: " + value);
    }
  }
}
