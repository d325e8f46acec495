package dev.nightshift.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricReadingTest {

  private static final Bound ABOVE_280 = new Bound(Comparison.GREATER, 280);
  private static final Sample BUSY = new Sample("redis_connected_clients{instance=\"a\"}", 300);
  private static final Sample IDLE = new Sample("redis_connected_clients{instance=\"b\"}", 12);

  @Test
  void anyHoldsWhenSomeSeriesSatisfiesTheBound() {
    assertThat(values(IDLE, BUSY).any(ABOVE_280)).isTrue();
  }

  @Test
  void anyDoesNotHoldWhenNoSeriesSatisfiesTheBound() {
    assertThat(values(IDLE).any(ABOVE_280)).isFalse();
  }

  @Test
  void anyDoesNotHoldWithoutSeries() {
    assertThat(values().any(ABOVE_280)).isFalse();
  }

  @Test
  void allHoldsWhenEverySeriesSatisfiesTheBound() {
    assertThat(
            values(BUSY, new Sample("redis_connected_clients{instance=\"c\"}", 281)).all(ABOVE_280))
        .isTrue();
  }

  @Test
  void allDoesNotHoldWhenOneSeriesFails() {
    assertThat(values(BUSY, IDLE).all(ABOVE_280)).isFalse();
  }

  @Test
  void allDoesNotHoldWithoutSeriesSoAMissingMetricNeverVerifiesAFix() {
    assertThat(values().all(ABOVE_280)).isFalse();
  }

  @Test
  void comparesAtTheThresholdAsTheBoundSays() {
    Sample atLimit = new Sample("redis_connected_clients", 280);

    assertThat(values(atLimit).any(ABOVE_280)).isFalse();
    assertThat(values(atLimit).all(new Bound(Comparison.GREATER_OR_EQUAL, 280))).isTrue();
  }

  private static MetricReading.Values values(Sample... samples) {
    return new MetricReading.Values(List.of(samples));
  }
}
