package dev.nightshift.sim.scenario;

import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.telemetry.LabelMatcher;
import dev.nightshift.core.telemetry.MatchOp;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.Selector;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One metric series a scenario gives values for, written as a series selector ({@code
 * kafka_consumer_group_lag{group="redis-writer-entity"}}): what the simulated Prometheus stores.
 *
 * <p>Labels a key does not name are left open: {@code redis_connected_clients} stands for that
 * metric with any labels, so a query for {@code redis_connected_clients{instance="a"}} finds it.
 *
 * @param labels the labels the scenario names, sorted by name
 */
public record SeriesKey(String metric, Map<String, String> labels) {

  private static final Pattern SHAPE =
      Pattern.compile("\\s*[a-zA-Z_:][a-zA-Z0-9_:]*\\s*(\\{.*})?\\s*", Pattern.DOTALL);

  public SeriesKey {
    Objects.requireNonNull(metric, "metric");
    if (!Selector.isMetricName(metric)) {
      throw new IllegalArgumentException("not a metric name: '" + metric + "'");
    }
    labels
        .keySet()
        .forEach(l -> {
          if (!LabelMatcher.isLabelName(l)) {
            throw new IllegalArgumentException("not a label name: '" + l + "'");
          }
        });
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  public static SeriesKey of(String metric) {
    return new SeriesKey(metric, Map.of());
  }

  /**
   * Parses {@code name} or {@code name{label="value",...}}; labels are compared for equality only,
   * since a key names one series rather than selecting several.
   */
  public static ParseResult<SeriesKey> parse(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return ParseResult.invalid(
          "'" + text.strip() + "' is not a series: write name or name{label=\"value\",...}");
    }
    // The condition grammar's selector rule is the one selector parser core has.
    ParseResult<MetricCondition> parsed = MetricCondition.parse(text + " > 0");
    return switch (parsed) {
      case ParseResult.Invalid<MetricCondition> i -> ParseResult.invalid(i.message(), i.offset());
      case ParseResult.Valid<MetricCondition> v -> fromSelector(v.value().selector());
    };
  }

  private static ParseResult<SeriesKey> fromSelector(Selector selector) {
    Map<String, String> labels = new TreeMap<>();
    for (LabelMatcher m : selector.matchers()) {
      if (m.op() != MatchOp.EQUAL) {
        return ParseResult.invalid(
            "'" + m + "': a series names its labels with '=' only, not " + m.op());
      }
      if (labels.put(m.label(), m.value()) != null) {
        return ParseResult.invalid("label '" + m.label() + "' is named twice");
      }
    }
    return ParseResult.valid(new SeriesKey(selector.metric(), labels));
  }

  /** Whether a query's selector picks this series; a label the key leaves open always matches. */
  public boolean matchedBy(Selector selector) {
    if (!selector.metric().equals(metric)) {
      return false;
    }
    return selector.matchers().stream()
        .allMatch(m -> !labels.containsKey(m.label()) || m.matches(labels.get(m.label())));
  }

  /** The series as Prometheus prints it: {@code name} or {@code name{label="value",...}}. */
  @Override
  public String toString() {
    if (labels.isEmpty()) {
      return metric;
    }
    return labels.entrySet().stream()
        .map(e -> new LabelMatcher(e.getKey(), MatchOp.EQUAL, e.getValue()).toString())
        .collect(Collectors.joining(",", metric + "{", "}"));
  }
}
