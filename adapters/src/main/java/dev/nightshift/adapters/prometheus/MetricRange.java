package dev.nightshift.adapters.prometheus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a range query, for reports that show a metric before and after a fix: each series
 * with its points, or why there are none.
 */
public sealed interface MetricRange {

  /** The query ran and matched at least one series. */
  record Values(List<Series> series) implements MetricRange {
    public Values {
      series = List.copyOf(series);
    }
  }

  /**
   * The source could not answer.
   *
   * @param retryable whether asking again later may help (a timeout) or not (a bad query)
   */
  record Unavailable(String reason, boolean retryable) implements MetricRange {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * One series over the range.
   *
   * @param series the series as Prometheus prints it, e.g. {@code redis_connected_clients{job="a"}}
   * @param points the values in time order
   */
  record Series(String series, List<Point> points) {
    public Series {
      Objects.requireNonNull(series, "series");
      points = List.copyOf(points);
    }
  }

  /** One value of a series at one step of the range. */
  record Point(Instant at, double value) {
    public Point {
      Objects.requireNonNull(at, "at");
    }
  }
}
