package dev.nightshift.core.telemetry;

import java.util.Objects;

/**
 * One series' value at the time of a query.
 *
 * @param series the series as Prometheus prints it, e.g. {@code
 *     redis_connected_clients{instance="a"}}
 */
public record Sample(String series, double value) {

  public Sample {
    Objects.requireNonNull(series, "series");
  }

  @Override
  public String toString() {
    return series + " = " + dev.nightshift.core.measure.Quantity.formatNumber(value);
  }
}
