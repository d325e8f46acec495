package dev.nightshift.core.telemetry;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The outcome of one healthcheck or probe, with the value it compared so that a report can show the
 * evidence ("lag 45000 > 10000"), not only the verdict.
 *
 * @param value the measured value (lag, age in seconds, clients, status code), when there is one
 * @param reason a sentence a human reads in the report
 */
public record Health(HealthStatus status, OptionalDouble value, String reason) {

  public Health {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }

  public static Health healthy(String reason) {
    return new Health(HealthStatus.HEALTHY, OptionalDouble.empty(), reason);
  }

  public static Health unhealthy(String reason) {
    return new Health(HealthStatus.UNHEALTHY, OptionalDouble.empty(), reason);
  }

  /** The check could not be run or its data was not there: never treated as healthy. */
  public static Health unknown(String reason) {
    return new Health(HealthStatus.UNKNOWN, OptionalDouble.empty(), reason);
  }

  public static Health measured(HealthStatus status, double value, String reason) {
    return new Health(status, OptionalDouble.of(value), reason);
  }
}
