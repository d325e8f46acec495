package dev.nightshift.core.telemetry;

import dev.nightshift.core.measure.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
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
    if (!Double.isFinite(value)) {
      return series + " = " + value; // Prometheus can answer NaN and +Inf
    }
    double rounded = new BigDecimal(value).round(new MathContext(6)).doubleValue();
    return series + " = " + Quantity.formatNumber(rounded);
  }
}
