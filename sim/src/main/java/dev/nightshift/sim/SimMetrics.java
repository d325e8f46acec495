package dev.nightshift.sim;

import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.telemetry.Sample;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The simulated Prometheus: the scenario's series, with range functions evaluated natively. */
final class SimMetrics implements MetricSource {

  private final Series series;
  private final VirtualClock clock;
  private final Duration latency;

  SimMetrics(Series series, VirtualClock clock, Duration latency) {
    this.series = series;
    this.clock = clock;
    this.latency = latency;
  }

  @Override
  public MetricReading query(String promql) {
    clock.advance(latency);
    Optional<SimQuery> query = SimQuery.parse(promql);
    if (query.isEmpty()) {
      return new MetricReading.Unavailable(
          "the simulator evaluates series selectors only, optionally inside max, min, sum, avg"
              + " or count: "
              + promql,
          false);
    }
    List<Sample> samples = series.values(query.get().selector(), clock.instant());
    if (query.get().aggregation().isEmpty()) {
      return new MetricReading.Values(samples);
    }
    OptionalDouble folded =
        query.get().aggregate(samples.stream().mapToDouble(Sample::value).toArray());
    return new MetricReading.Values(
        folded.isPresent() ? List.of(new Sample(promql.strip(), folded.getAsDouble())) : List.of());
  }

  @Override
  public MetricReading values(MetricCondition condition) {
    clock.advance(latency);
    return new MetricReading.Values(series.values(condition, clock.instant()));
  }
}
