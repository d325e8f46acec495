package dev.nightshift.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void rendersCountersAndGaugesInTheTextFormat() {
    Metrics metrics = new Metrics("test");
    metrics.counter("entity_written_total", "Updates written.").add(3);
    metrics.gauge("entity_last_write_timestamp_seconds", "Newest.", () -> 1795297322.535);

    assertThat(metrics.render())
        .contains("# TYPE entity_written_total counter\nentity_written_total 3\n")
        .contains("# HELP entity_last_write_timestamp_seconds Newest.\n")
        .contains("entity_last_write_timestamp_seconds 1795297322.535\n")
        .contains("process_cpu_seconds_total{process=\"test\"} ");
  }

  @Test
  void leavesOutAGaugeThatIsNotKnownYet() {
    Metrics metrics = new Metrics("test");
    metrics.gauge("entity_data_freshness_seconds", "Age.", () -> Double.NaN);

    assertThat(metrics.render())
        .contains("# TYPE entity_data_freshness_seconds gauge\n")
        .doesNotContain("entity_data_freshness_seconds NaN");
  }

  @Test
  void showsALabelValueOnceItHasBeenCounted() {
    Metrics metrics = new Metrics("test");
    Metrics.LabeledCounter errors = metrics.counter("entity_write_errors_total", "Errors.", "kind");
    assertThat(metrics.render()).doesNotContain("entity_write_errors_total{");

    errors.increment("oom");
    errors.increment("oom");
    errors.increment("pool_exhausted");

    assertThat(metrics.render())
        .contains("entity_write_errors_total{kind=\"oom\"} 2\n")
        .contains("entity_write_errors_total{kind=\"pool_exhausted\"} 1\n");
  }

  @Test
  void formatsNumbersAsPlainDecimals() {
    assertThat(Metrics.format(1.795297322535E9)).isEqualTo("1795297322.535");
    assertThat(Metrics.format(0.02)).isEqualTo("0.02");
    assertThat(Metrics.format(300)).isEqualTo("300");
    assertThat(Metrics.format(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
  }
}
