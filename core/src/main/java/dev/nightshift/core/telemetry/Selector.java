package dev.nightshift.core.telemetry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The series a metric condition is about: a metric name and optional label matchers, as in a
 * Prometheus instant-vector selector, so that any telemetry source (Prometheus or the simulator)
 * can pick the same series.
 *
 * @param metric the metric name
 * @param matchers label matchers that must all hold; empty matches every series of the metric
 */
public record Selector(String metric, List<LabelMatcher> matchers) {

  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  public Selector {
    Objects.requireNonNull(metric, "metric");
    if (!isMetricName(metric)) {
      throw new IllegalArgumentException("not a metric name: '" + metric + "'");
    }
    matchers = List.copyOf(matchers);
  }

  /** A selector for every series of a metric. */
  public static Selector of(String metric) {
    return new Selector(metric, List.of());
  }

  /** Whether the text follows Prometheus' metric-name rules. */
  public static boolean isMetricName(String text) {
    return METRIC_NAME.matcher(text).matches();
  }

  /** Whether a series with this name and these labels is one this selector picks. */
  public boolean matches(String metricName, Map<String, String> labels) {
    if (!metric.equals(metricName)) {
      return false;
    }
    for (LabelMatcher m : matchers) {
      if (!m.matches(labels.getOrDefault(m.label(), ""))) {
        return false;
      }
    }
    return true;
  }

  /** The canonical text: {@code metric} or {@code metric{label="value",...}}. */
  @Override
  public String toString() {
    if (matchers.isEmpty()) {
      return metric;
    }
    return matchers.stream()
        .map(LabelMatcher::toString)
        .collect(Collectors.joining(",", metric + "{", "}"));
  }
}
