package dev.nightshift.sim;

import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.RangeFunction;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.telemetry.Selector;
import dev.nightshift.sim.scenario.SeriesKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The simulated series as a query sees them: the ones a selector picks, and PromQL's range
 * functions computed from their values at past instants (a rate is the increase over the window
 * divided by its length, as Prometheus reports it without extrapolation).
 */
final class Series {

  /**
   * Windows are sampled every second, or more coarsely so that a window holds at most this many.
   */
  private static final int MAX_SAMPLES = 300;

  private final Levels levels;

  Series(Levels levels) {
    this.levels = levels;
  }

  /** The value of every present series the selector picks. */
  List<Sample> values(Selector selector, Instant at) {
    List<Sample> samples = new ArrayList<>();
    for (SeriesKey key : matching(selector)) {
      levels.value(key, at).ifPresent(v -> samples.add(new Sample(key.toString(), v)));
    }
    return samples;
  }

  /** A condition's left-hand side for every present series: the value, or the function's. */
  List<Sample> values(MetricCondition condition, Instant at) {
    if (condition.function().isEmpty()) {
      return values(condition.selector(), at);
    }
    RangeFunction function = condition.function().get();
    Duration window = condition.window().orElseThrow();
    List<Sample> samples = new ArrayList<>();
    for (SeriesKey key : matching(condition.selector())) {
      apply(function, window, key, at).ifPresent(v -> samples.add(new Sample(key.toString(), v)));
    }
    return samples;
  }

  private List<SeriesKey> matching(Selector selector) {
    return levels.keys().stream().filter(k -> k.matchedBy(selector)).toList();
  }

  /** The function over the window ending at {@code at}; empty when the series is absent then. */
  OptionalDouble apply(RangeFunction function, Duration window, SeriesKey key, Instant at) {
    if (levels.value(key, at).isEmpty()) {
      return OptionalDouble.empty();
    }
    Instant from = at.minus(window);
    return switch (function) {
      case RATE -> OptionalDouble.of(increase(key, from, at) / Levels.seconds(window));
      case INCREASE -> OptionalDouble.of(increase(key, from, at));
      case DELTA -> OptionalDouble.of(delta(key, from, at));
      case AVG_OVER_TIME -> samples(key, from, at).stream().mapToDouble(d -> d).average();
      case MIN_OVER_TIME -> samples(key, from, at).stream().mapToDouble(d -> d).min();
      case MAX_OVER_TIME -> samples(key, from, at).stream().mapToDouble(d -> d).max();
    };
  }

  private double increase(SeriesKey key, Instant from, Instant to) {
    return levels.isCounter(key) ? levels.integral(key, from, to) : delta(key, from, to);
  }

  /** The last value minus the first present in the window. */
  private double delta(SeriesKey key, Instant from, Instant to) {
    List<Double> samples = samples(key, from, to);
    return samples.getLast() - samples.getFirst();
  }

  /** The series' present values from {@code from} to {@code to}, both included. */
  private List<Double> samples(SeriesKey key, Instant from, Instant to) {
    Duration step = Duration.between(from, to).dividedBy(MAX_SAMPLES);
    if (step.compareTo(Duration.ofSeconds(1)) < 0) {
      step = Duration.ofSeconds(1);
    }
    List<Double> values = new ArrayList<>();
    for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
      levels.value(key, t).ifPresent(values::add);
    }
    levels.value(key, to).ifPresent(values::add);
    return values;
  }
}
