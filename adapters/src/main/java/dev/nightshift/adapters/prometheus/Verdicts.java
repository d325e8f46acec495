package dev.nightshift.adapters.prometheus;

import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.util.List;

/**
 * Turns a reading and the bound a healthy node satisfies into a health with its evidence: the first
 * series that fails (or the first one, when all hold), so the report shows the number.
 */
final class Verdicts {

  private Verdicts() {}

  static Health of(MetricReading reading, Bound bound) {
    return switch (reading) {
      case MetricReading.Unavailable u -> Health.unknown(u.reason());
      case MetricReading.Values v when v.samples().isEmpty() ->
          Health.unknown("no series to compare with " + bound);
      case MetricReading.Values v -> compare(v.samples(), bound);
    };
  }

  private static Health compare(List<Sample> samples, Bound bound) {
    List<Sample> failing = samples.stream().filter(s -> !bound.test(s.value())).toList();
    Sample shown = failing.isEmpty() ? samples.getFirst() : failing.getFirst();
    StringBuilder reason = new StringBuilder(shown.toString()).append(" (want ").append(bound);
    if (samples.size() > 1) {
      reason.append(
          failing.isEmpty()
              ? "; all " + samples.size() + " series hold"
              : "; " + failing.size() + " of " + samples.size() + " series do not");
    }
    reason.append(')');
    HealthStatus status = failing.isEmpty() ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY;
    return Health.measured(status, shown.value(), reason.toString());
  }
}
