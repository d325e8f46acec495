package dev.nightshift.adapters.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.net.HttpCalls;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code data} of Prometheus' query API into readings. An empty result is unavailable,
 * not an empty list: a series that is missing proves nothing, so it must never read as healthy.
 */
final class PrometheusResults {

  private PrometheusResults() {}

  /** An instant query's {@code data}: a vector (one sample per series) or a scalar. */
  static MetricReading instant(JsonNode data, String expression) {
    try {
      String type = data.path("resultType").asText();
      JsonNode result = data.path("result");
      List<Sample> samples =
          switch (type) {
            case "vector" -> vector(result, expression);
            case "scalar" -> List.of(new Sample(expression.strip(), value(result)));
            default ->
                throw new Malformed(
                    "a " + (type.isEmpty() ? "result without a type" : type) + ", not a number");
          };
      if (samples.isEmpty()) {
        return noData(expression);
      }
      return new MetricReading.Values(samples);
    } catch (Malformed e) {
      return unexpected(expression, e);
    }
  }

  /** A range query's {@code data}: a matrix of series, each with its points in time order. */
  static MetricRange range(JsonNode data, String expression) {
    try {
      if (!"matrix".equals(data.path("resultType").asText())) {
        throw new Malformed("a " + data.path("resultType").asText() + ", not a matrix");
      }
      List<MetricRange.Series> series = new ArrayList<>();
      for (JsonNode entry : array(data.path("result"))) {
        List<MetricRange.Point> points = new ArrayList<>();
        for (JsonNode pair : array(entry.path("values"))) {
          points.add(new MetricRange.Point(time(pair), value(pair)));
        }
        series.add(new MetricRange.Series(name(entry.path("metric"), expression), points));
      }
      if (series.isEmpty()) {
        return new MetricRange.Unavailable(
            "Prometheus has no data for " + HttpCalls.quote(expression) + " in that range", true);
      }
      return new MetricRange.Values(series);
    } catch (Malformed e) {
      return new MetricRange.Unavailable(unexpected(expression, e).reason(), false);
    }
  }

  static MetricReading.Unavailable noData(String expression) {
    // Retryable: the target may not have been scraped yet, or may come back.
    return new MetricReading.Unavailable(
        "Prometheus has no data for " + HttpCalls.quote(expression), true);
  }

  private static List<Sample> vector(JsonNode result, String expression) {
    List<Sample> samples = new ArrayList<>();
    for (JsonNode entry : array(result)) {
      samples.add(new Sample(name(entry.path("metric"), expression), value(entry.path("value"))));
    }
    return samples;
  }

  /**
   * A series as Prometheus prints it, {@code name{label="value"}}; a series without a name (the
   * result of {@code rate} or {@code sum}) is named by the expression, so a report still says what
   * was measured.
   */
  static String name(JsonNode metric, String expression) {
    Map<String, String> labels = new TreeMap<>();
    for (Map.Entry<String, JsonNode> label : metric.properties()) {
      labels.put(label.getKey(), label.getValue().asText());
    }
    String name = labels.remove("__name__");
    StringBuilder out = new StringBuilder(name != null ? name : expression.strip());
    if (!labels.isEmpty()) {
      out.append('{');
      labels.forEach((k, v) -> out.append(k).append('=').append(PromQl.string(v)).append(','));
      out.setCharAt(out.length() - 1, '}');
    }
    return out.toString();
  }

  /** {@code [<unix seconds>, "<value>"]}; Prometheus writes NaN and infinities as text. */
  private static double value(JsonNode pair) {
    JsonNode text = pair.path(1);
    if (!text.isTextual()) {
      throw new Malformed("a sample without a value: " + pair);
    }
    return switch (text.asText()) {
      case "NaN" -> Double.NaN;
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        try {
          yield Double.parseDouble(text.asText());
        } catch (NumberFormatException e) {
          throw new Malformed("a value that is not a number: " + text);
        }
      }
    };
  }

  private static Instant time(JsonNode pair) {
    JsonNode seconds = pair.path(0);
    if (!seconds.isNumber()) {
      throw new Malformed("a sample without a time: " + pair);
    }
    return Instant.ofEpochMilli(seconds.decimalValue().movePointRight(3).longValue());
  }

  private static Iterable<JsonNode> array(JsonNode node) {
    if (!node.isArray()) {
      throw new Malformed("no list of series where one was expected");
    }
    return node;
  }

  private static MetricReading.Unavailable unexpected(String expression, Malformed e) {
    return new MetricReading.Unavailable(
        "Prometheus answered " + HttpCalls.quote(expression) + " with " + e.getMessage(), false);
  }

  /** The answer is not what the API documents; caught in this class only. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
