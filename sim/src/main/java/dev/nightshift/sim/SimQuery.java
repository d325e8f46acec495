package dev.nightshift.sim;

import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.Selector;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;

/**
 * The part of PromQL the simulator answers: a series selector, optionally inside one aggregation
 * ({@code max(entity_data_freshness_seconds)}); anything else is for a real Prometheus.
 *
 * @param aggregation the aggregation's name, or empty for the series themselves
 */
record SimQuery(Selector selector, Optional<String> aggregation) {

  private static final Pattern AGGREGATED =
      Pattern.compile("\\s*(max|min|sum|avg|count)\\s*\\((.*)\\)\\s*", Pattern.DOTALL);

  /** The query, or empty when the text is more than a selector in at most one aggregation. */
  static Optional<SimQuery> parse(String promql) {
    Matcher m = AGGREGATED.matcher(promql);
    if (m.matches()) {
      return selector(m.group(2)).map(s -> new SimQuery(s, Optional.of(m.group(1))));
    }
    return selector(promql).map(s -> new SimQuery(s, Optional.empty()));
  }

  private static Optional<Selector> selector(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    // The condition grammar's selector rule is the one selector parser core has.
    return switch (MetricCondition.parse(text + " > 0")) {
      case ParseResult.Valid<MetricCondition> v when v.value().function().isEmpty() ->
          Optional.of(v.value().selector());
      default -> Optional.empty();
    };
  }

  /** Folds the series' values into one, as the aggregation does; empty with no series. */
  OptionalDouble aggregate(double[] values) {
    if (values.length == 0) {
      return OptionalDouble.empty();
    }
    DoubleStream all = DoubleStream.of(values);
    return switch (aggregation.orElseThrow()) {
      case "max" -> all.max();
      case "min" -> all.min();
      case "avg" -> all.average();
      case "sum" -> OptionalDouble.of(all.sum());
      default -> OptionalDouble.of(values.length);
    };
  }
}
