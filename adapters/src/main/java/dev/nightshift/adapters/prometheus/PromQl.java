package dev.nightshift.adapters.prometheus;

import dev.nightshift.adapters.net.GoStrings;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.LabelMatcher;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders metric conditions as PromQL, so that a condition written once in a known error or a
 * verify step runs as a Prometheus query or alerting rule.
 */
public final class PromQl {

  /**
   * Words PromQL reads, case-insensitively, as keywords, aggregations or numbers (some only in
   * newer releases); a metric with such a name is selected through {@code __name__}, which always
   * parses.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "and",
          "or",
          "unless",
          "atan2",
          "sum",
          "avg",
          "count",
          "min",
          "max",
          "group",
          "stddev",
          "stdvar",
          "topk",
          "bottomk",
          "count_values",
          "quantile",
          "limitk",
          "limit_ratio",
          "offset",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "start",
          "end",
          "step",
          "range",
          "smoothed",
          "anchored",
          "inf",
          "nan",
          "infinity");

  private PromQl() {}

  /**
   * The condition as a filtering PromQL expression: {@code increase(ws_reconnection_count[5m]) > 3}
   * returns the series for which the condition holds.
   */
  public static String render(MetricCondition condition) {
    return leftHandSide(condition) + " " + bound(condition.bound());
  }

  /**
   * Only the condition's left-hand side, {@code increase(ws_reconnection_count[5m])}: the values a
   * caller compares with the bound itself, so that it sees every series, not only those that hold.
   */
  public static String leftHandSide(MetricCondition condition) {
    String selector = selector(condition.selector());
    return condition
        .function()
        .map(f ->
            f.promQlName()
                + "("
                + selector
                + "["
                + Durations.format(condition.window().orElseThrow())
                + "])")
        .orElse(selector);
  }

  /**
   * A healthcheck's own expression compared against a bound: {@code (<expression>) < 280}. The
   * expression must return an instant vector, since PromQL compares scalars only with {@code bool}.
   */
  public static String render(String expression, Bound bound) {
    if (expression.isBlank()) {
      throw new IllegalArgumentException("the PromQL expression is empty");
    }
    return "(" + expression.strip() + ") " + bound(bound);
  }

  /** An instant-vector selector: {@code name{label="value",...}}. */
  static String selector(Selector selector) {
    List<String> matchers = new ArrayList<>();
    String name = selector.metric();
    boolean bareName = isBareName(name);
    if (!bareName) {
      matchers.add("__name__=" + string(name));
    }
    for (LabelMatcher m : selector.matchers()) {
      matchers.add(m.label() + m.op().symbol() + string(m.value()));
    }
    String braces = matchers.isEmpty() ? "" : "{" + String.join(",", matchers) + "}";
    return (bareName ? name : "") + braces;
  }

  /** A PromQL (Go-syntax) double-quoted string. */
  static String string(String value) {
    return GoStrings.quote(value);
  }

  // Prometheus parses every number Quantity prints, exponents included (1E+20, 4.9E-324).
  private static String bound(Bound bound) {
    return bound.comparison().symbol() + " " + Quantity.formatNumber(bound.threshold());
  }

  private static boolean isBareName(String name) {
    return !RESERVED.contains(name.toLowerCase(Locale.ROOT));
  }
}
