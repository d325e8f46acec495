package dev.nightshift.app.run;

import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.sla.SliReading;
import dev.nightshift.core.sla.SliSource;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.topology.Coordinates;

/**
 * Measures an SLA's indicator: its PromQL query through Prometheus, or its probe. A query that
 * returns several series is read at its worst series, so one bad partition is not averaged away.
 */
final class LiveSli implements SliSource {

  private final MetricSource metrics;
  private final Prober prober;
  private final Sight sight;

  LiveSli(MetricSource metrics, Prober prober, Sight sight) {
    this.metrics = metrics;
    this.prober = prober;
    this.sight = sight;
  }

  @Override
  public SliReading measure(Sla sla) {
    return switch (sla.sli()
        .orElseThrow(() -> new IllegalStateException(sla.id() + " has no SLI"))) {
      case Sli.Query q -> query(sla, q);
      case Sli.Probe p -> probe(prober.check(p.check(), Coordinates.NONE));
    };
  }

  private SliReading query(Sla sla, Sli.Query query) {
    return switch (metrics.query(query.promql())) {
      case MetricReading.Unavailable u -> {
        sight.lost(Sources.PROMETHEUS, u.reason());
        yield new SliReading.Unavailable(u.reason());
      }
      case MetricReading.Values v when v.samples().isEmpty() ->
          new SliReading.Unavailable("no data for " + query.promql());
      case MetricReading.Values v -> {
        sight.back(Sources.PROMETHEUS);
        yield new SliReading.Measured(
            v.samples().stream()
                .filter(s -> !sla.objective().isMetBy(s.value()))
                .findFirst()
                .orElse(v.samples().getFirst())
                .value());
      }
    };
  }

  private static SliReading probe(Health health) {
    return health.value().isPresent()
        ? new SliReading.Measured(health.value().getAsDouble())
        : new SliReading.Unavailable(health.reason());
  }
}
