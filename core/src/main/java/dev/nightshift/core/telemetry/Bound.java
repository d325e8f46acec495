package dev.nightshift.core.telemetry;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.measure.Quantity;
import java.util.Objects;

/**
 * A comparison against a threshold, such as {@code < 280}: the part of a condition that decides, on
 * its own for checks that bring their own query (a healthcheck's PromQL expression).
 *
 * @param comparison how a value is compared
 * @param threshold the value compared against, in base units (seconds, bytes, percent, a count)
 */
public record Bound(Comparison comparison, double threshold) {

  public Bound {
    Objects.requireNonNull(comparison, "comparison");
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("the threshold must be finite: " + threshold);
    }
    threshold += 0.0; // -0.0 becomes 0.0, which prints and parses back the same
  }

  /** Parses a bare comparison such as {@code < 280}, {@code >= 0.5} or {@code > 30GB}. */
  public static ParseResult<Bound> parse(String text) {
    return ConditionParser.bound(text);
  }

  /** Whether a value satisfies the comparison. */
  public boolean test(double value) {
    return comparison.test(value, threshold);
  }

  /** The canonical text, e.g. {@code > 30000000000}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return comparison.symbol() + " " + Quantity.formatNumber(threshold);
  }
}
