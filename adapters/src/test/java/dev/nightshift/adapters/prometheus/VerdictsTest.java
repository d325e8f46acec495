package dev.nightshift.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictsTest {

  private static final Bound FEWER_THAN_280 = Bound.parse("< 280").orThrow();

  @Test
  void aSeriesOutsideTheBoundIsUnhealthyWithItsValue() {
    Health health = Verdicts.of(values(new Sample("redis_connected_clients", 291)), FEWER_THAN_280);

    assertThat(health)
        .isEqualTo(
            Health.measured(
                HealthStatus.UNHEALTHY, 291, "redis_connected_clients = 291 (want < 280)"));
  }

  @Test
  void healthyOnlyWhenEverySeriesHolds() {
    Sample a = new Sample("c{i=\"a\"}", 12);
    Sample b = new Sample("c{i=\"b\"}", 300);
    Sample c = new Sample("c{i=\"c\"}", 400);

    assertThat(Verdicts.of(values(a, b, c), FEWER_THAN_280))
        .isEqualTo(
            Health.measured(
                HealthStatus.UNHEALTHY,
                300,
                "c{i=\"b\"} = 300 (want < 280; 2 of 3 series do not)"));
    assertThat(Verdicts.of(values(a, new Sample("c{i=\"d\"}", 279.5)), FEWER_THAN_280))
        .isEqualTo(
            Health.measured(
                HealthStatus.HEALTHY, 12, "c{i=\"a\"} = 12 (want < 280; all 2 series hold)"));
  }

  @Test
  void notANumberNeverHolds() {
    assertThat(Verdicts.of(values(new Sample("x", Double.NaN)), FEWER_THAN_280).status())
        .isEqualTo(HealthStatus.UNHEALTHY);
  }

  @Test
  void anUnavailableReadingIsUnknown() {
    assertThat(
            Verdicts.of(
                new MetricReading.Unavailable("Prometheus has no data for 'x'", true),
                FEWER_THAN_280))
        .isEqualTo(Health.unknown("Prometheus has no data for 'x'"));
    assertThat(Verdicts.of(new MetricReading.Values(List.of()), FEWER_THAN_280).status())
        .isEqualTo(HealthStatus.UNKNOWN);
  }

  private static MetricReading values(Sample... samples) {
    return new MetricReading.Values(List.of(samples));
  }
}
