package dev.nightshift.core.telemetry;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.measure.ParseResult;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A condition on a metric as users write it in known errors and verify steps, such as {@code
 * ws_reconnection_count increase > 3 in 5m}: parsed once here, rendered to PromQL by the Prometheus
 * adapter and evaluated natively by the simulator.
 *
 * @param selector the series the condition is about
 * @param function what turns a window of samples into one value; empty to compare the latest sample
 *     (a gauge)
 * @param explicitWindow the window written after {@code in}; empty for {@link #DEFAULT_WINDOW}, and
 *     only with a function
 * @param bound the comparison and threshold
 */
public record MetricCondition(
    Selector selector,
    Optional<RangeFunction> function,
    Optional<Duration> explicitWindow,
    Bound bound) {

  /**
   * The window of a function written without {@code in}: one minute holds four samples at the
   * common 15 s scrape interval, enough for a rate, and is short enough that a verify step sees a
   * fix take effect within a minute instead of averaging it away.
   */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  /**
   * The longest window accepted: longer ones are typos in practice (retention rarely reaches that
   * far back), and Prometheus rejects durations that overflow its nanosecond clock.
   */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);

  public MetricCondition {
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(explicitWindow, "explicitWindow");
    Objects.requireNonNull(bound, "bound");
    if (explicitWindow.isPresent()) {
      if (function.isEmpty()) {
        throw new IllegalArgumentException("a window needs a function such as rate or increase");
      }
      String problem = problemWithWindow(explicitWindow.get());
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
  }

  /** A comparison of a gauge's latest value, e.g. {@code redis_connected_clients > 280}. */
  public static MetricCondition ofGauge(Selector selector, Bound bound) {
    return new MetricCondition(selector, Optional.empty(), Optional.empty(), bound);
  }

  /**
   * Parses {@code selector [function] comparison threshold [in window]}, e.g. {@code
   * http_requests_total{job="api",code=~"5.."} rate >= 0.5 in 2m}; an invalid result says what is
   * wrong and at which offset.
   */
  public static ParseResult<MetricCondition> parse(String text) {
    return ConditionParser.condition(text);
  }

  /** The window the function looks back over, explicit or default; empty without a function. */
  public Optional<Duration> window() {
    return function.map(f -> explicitWindow.orElse(DEFAULT_WINDOW));
  }

  public Comparison comparison() {
    return bound.comparison();
  }

  public double threshold() {
    return bound.threshold();
  }

  /** Whether a value (the latest sample, or the function's result) satisfies the condition. */
  public boolean test(double value) {
    return bound.test(value);
  }

  /** The canonical text, which {@link #parse} reads back to an equal condition. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(selector.toString());
    function.ifPresent(f -> out.append(' ').append(f.promQlName()));
    out.append(' ').append(bound);
    explicitWindow.ifPresent(w -> out.append(" in ").append(Durations.format(w)));
    return out.toString();
  }

  /** What is wrong with a window, or null if nothing is; shared with the parser. */
  static @Nullable String problemWithWindow(Duration window) {
    if (window.isNegative() || window.isZero()) {
      return "the window must be longer than zero";
    }
    if (window.compareTo(MAX_WINDOW) > 0) {
      return "the window can be at most " + MAX_WINDOW.toDays() + "d";
    }
    if (window.getNano() % 1_000_000 != 0) {
      return "the window must be a whole number of milliseconds";
    }
    return null;
  }
}
