package dev.nightshift.core.sla;

import static dev.nightshift.core.testing.Fixtures.measuredSla;
import static dev.nightshift.core.testing.Fixtures.slaIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.testing.FakeSliSource;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.testing.ManualClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaMonitorTest {

  /** A Monday, 10:00 in London. */
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  private static final TimeWindow BUSINESS_HOURS =
      new TimeWindow.Weekly(
          "business hours",
          Set.of(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY),
          8 * 60,
          18 * 60,
          ZoneId.of("Europe/London"));

  private final ManualClock clock = new ManualClock(T0);
  private final FakeSliSource source = new FakeSliSource();

  @Test
  void measuresOnlyTheSlasThatHaveAnSli() {
    Sla alertsOnly = Fixtures.sla("errors");
    source.reads("freshness", 12);

    List<SlaCheck> checks = monitor(alertsOnly, measuredSla("freshness")).checkDue();

    assertThat(checks).extracting(c -> c.sla().id()).isEqualTo(slaIds("freshness"));
    assertThat(source.measured()).isEqualTo(slaIds("freshness"));
  }

  @Test
  void measuresAnSlaAgainOnlyOnceTheDefaultIntervalHasPassed() {
    source.reads("freshness", 12);
    SlaMonitor monitor = monitor(measuredSla("freshness"));

    assertThat(monitor.checkDue()).hasSize(1);
    clock.advance(Duration.ofSeconds(29));
    assertThat(monitor.checkDue()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(monitor.checkDue()).hasSize(1);
    assertThat(source.measured()).hasSize(2);
  }

  @Test
  void prefersTheSlasOwnIntervalOverTheDefault() {
    source.reads("fast", 12).reads("slow", 12);
    SlaMonitor monitor =
        monitor(
            every(Duration.ofSeconds(10), measuredSla("fast")),
            every(Duration.ofMinutes(2), measuredSla("slow")));

    monitor.checkDue();
    clock.advance(Duration.ofSeconds(10));
    List<SlaCheck> at10s = monitor.checkDue();
    clock.advance(Duration.ofSeconds(50));
    List<SlaCheck> at60s = monitor.checkDue();
    clock.advance(Duration.ofSeconds(60));
    List<SlaCheck> at120s = monitor.checkDue();

    assertThat(at10s).extracting(c -> c.sla().id()).isEqualTo(slaIds("fast"));
    assertThat(at60s).extracting(c -> c.sla().id()).isEqualTo(slaIds("fast"));
    assertThat(at120s).extracting(c -> c.sla().id()).isEqualTo(slaIds("fast", "slow"));
  }

  @Test
  void reportsAnSlaOutsideItsWindowWithoutMeasuringIt() {
    clock.advanceTo(Instant.parse("2026-03-07T10:00:00Z")); // a Saturday
    source.reads("freshness", 73);

    List<SlaCheck> checks = monitor(inside(BUSINESS_HOURS, measuredSla("freshness"))).checkDue();

    assertThat(checks)
        .extracting(SlaCheck::status)
        .containsExactly(new SlaStatus.OutsideWindow("business hours"));
    assertThat(source.measured()).isEmpty();
  }

  @Test
  void measuresAnSlaInsideItsWindow() {
    source.reads("freshness", 73);

    List<SlaCheck> checks = monitor(inside(BUSINESS_HOURS, measuredSla("freshness"))).checkDue();

    assertThat(checks).extracting(SlaCheck::status).containsExactly(new SlaStatus.Breached(73));
  }

  @Test
  void saysAnSlaIsMetWhileItsIndicatorMeetsTheObjective() {
    source.reads("freshness", 59.9);

    assertThat(statusOf(measuredSla("freshness"))).isEqualTo(new SlaStatus.Met(59.9));
  }

  @Test
  void saysAnSlaIsBreachedAtItsThresholdForAStrictBound() {
    source.reads("freshness", 60);

    assertThat(statusOf(measuredSla("freshness"))).isEqualTo(new SlaStatus.Breached(60));
  }

  @Test
  void judgesALowerBoundTheOtherWayRound() {
    Sla completeness =
        withObjective(
            new Objective(Comparison.GREATER_OR_EQUAL, new Quantity(80, Quantity.Unit.PERCENT)),
            measuredSla("completeness"));
    source.reads("completeness", 80).reads("freshness", 80);

    assertThat(statusOf(completeness)).isEqualTo(new SlaStatus.Met(80));
    assertThat(statusOf(measuredSla("freshness"))).isEqualTo(new SlaStatus.Breached(80));
  }

  @Test
  void saysAnSlaIsUnmeasuredWhenItsIndicatorIsUnavailable() {
    source.answer("freshness", new SliReading.Unavailable("Prometheus timed out after 5s"));

    assertThat(statusOf(measuredSla("freshness")))
        .isEqualTo(new SlaStatus.Unmeasured("Prometheus timed out after 5s"));
  }

  @Test
  void measuresOnDemandWhateverTheInterval() {
    source.reads("freshness", 12);
    Sla freshness = measuredSla("freshness");
    SlaMonitor monitor = monitor(freshness);
    monitor.checkDue();

    SlaCheck check = monitor.measure(freshness);

    assertThat(check).isEqualTo(new SlaCheck(freshness, T0, new SlaStatus.Met(12)));
    assertThat(source.measured()).hasSize(2);
  }

  @Test
  void saysAnSlaWithoutAnSliCannotBeMeasuredOnDemand() {
    Sla alertsOnly = Fixtures.sla("errors");

    assertThat(monitor(alertsOnly).measure(alertsOnly).status())
        .isEqualTo(new SlaStatus.Unmeasured("it has no SLI; external alerts open it"));
  }

  /**
   * At t=0 freshness is 12 s (met); at t=30s it is 73 s (breached); at t=45s nothing is due; at
   * t=60s the indicator cannot be read; at t=90s it is back to 20 s.
   */
  @Test
  void followsAnSlaThroughABreachOnItsInterval() {
    SlaMonitor monitor = monitor(measuredSla("freshness"));

    source.reads("freshness", 12);
    assertThat(statuses(monitor.checkDue())).containsExactly(new SlaStatus.Met(12));

    clock.advance(Duration.ofSeconds(30));
    source.reads("freshness", 73);
    assertThat(statuses(monitor.checkDue())).containsExactly(new SlaStatus.Breached(73));

    clock.advance(Duration.ofSeconds(15));
    assertThat(monitor.checkDue()).isEmpty();

    clock.advance(Duration.ofSeconds(15));
    source.answer("freshness", new SliReading.Unavailable("no data"));
    assertThat(statuses(monitor.checkDue())).containsExactly(new SlaStatus.Unmeasured("no data"));

    clock.advance(Duration.ofSeconds(30));
    source.reads("freshness", 20);
    assertThat(statuses(monitor.checkDue())).containsExactly(new SlaStatus.Met(20));
  }

  private SlaMonitor monitor(Sla... slas) {
    return new SlaMonitor(List.of(slas), DEFAULT_INTERVAL, source, clock);
  }

  private SlaStatus statusOf(Sla sla) {
    return monitor(sla).measure(sla).status();
  }

  private static List<SlaStatus> statuses(List<SlaCheck> checks) {
    return checks.stream().map(SlaCheck::status).toList();
  }

  private static Sla every(Duration interval, Sla s) {
    return new Sla(
        s.id(),
        s.description(),
        s.objective(),
        s.window(),
        s.gatusCheck(),
        s.alerts(),
        s.sli(),
        s.severity(),
        Optional.of(interval));
  }

  private static Sla inside(TimeWindow window, Sla s) {
    return new Sla(
        s.id(),
        s.description(),
        s.objective(),
        window,
        s.gatusCheck(),
        s.alerts(),
        s.sli(),
        s.severity(),
        s.interval());
  }

  private static Sla withObjective(Objective objective, Sla s) {
    return new Sla(
        s.id(),
        s.description(),
        objective,
        s.window(),
        s.gatusCheck(),
        s.alerts(),
        s.sli(),
        s.severity(),
        s.interval());
  }
}
