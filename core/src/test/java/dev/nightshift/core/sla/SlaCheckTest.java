package dev.nightshift.core.sla;

import static dev.nightshift.core.testing.Fixtures.measuredSla;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.Quantity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaCheckTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void describesABreachWithTheValueInTheObjectivesUnit() {
    assertThat(check(measuredSla("entity_data_freshness"), new SlaStatus.Breached(73)).describe())
        .isEqualTo("entity_data_freshness 1m13s breaches < 1m");
  }

  @Test
  void describesAMetObjective() {
    assertThat(check(measuredSla("freshness"), new SlaStatus.Met(12)).describe())
        .isEqualTo("freshness 12s meets < 1m");
  }

  @Test
  void describesAPercentageObjective() {
    Sla completeness =
        new Sla(
            new SlaId("completeness"),
            "",
            new Objective(Comparison.GREATER, new Quantity(80, Quantity.Unit.PERCENT)),
            TimeWindow.always(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Severity.HIGH,
            Optional.empty());

    assertThat(check(completeness, new SlaStatus.Breached(72.5)).describe())
        .isEqualTo("completeness 72.5% breaches > 80%");
  }

  @Test
  void describesAnSlaOutsideItsWindow() {
    assertThat(
            check(measuredSla("freshness"), new SlaStatus.OutsideWindow("business hours"))
                .describe())
        .isEqualTo("freshness is outside its window business hours");
  }

  @Test
  void describesAnSlaThatCouldNotBeMeasured() {
    assertThat(
            check(measuredSla("freshness"), new SlaStatus.Unmeasured("Prometheus timed out"))
                .describe())
        .isEqualTo("freshness could not be measured: Prometheus timed out");
  }

  private static SlaCheck check(Sla sla, SlaStatus status) {
    return new SlaCheck(sla, T0, status);
  }
}
