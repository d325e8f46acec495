package dev.nightshift.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.testing.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlaTest {

  @ParameterizedTest
  @ValueSource(longs = {0, -1})
  void rejectsAnIntervalThatIsNotPositive(long seconds) {
    Duration interval = Duration.ofSeconds(seconds);

    assertThatThrownBy(() -> withInterval(Optional.of(interval)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an SLA interval must be positive: " + interval);
  }

  @Test
  void acceptsAPositiveIntervalOrNone() {
    assertThat(withInterval(Optional.of(Duration.ofMillis(1))).interval())
        .contains(Duration.ofMillis(1));
    assertThat(withInterval(Optional.empty()).interval()).isEmpty();
  }

  @Test
  void keepsItsOwnCopyOfTheAlerts() {
    List<String> alerts = new ArrayList<>(List.of("EntityStale"));
    Sla sla = withAlerts(alerts);

    alerts.add("Other");

    assertThat(sla.alerts()).containsExactly("EntityStale");
    assertThatThrownBy(() -> sla.alerts().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isObservableOnlyWhenSomethingCanReportABreach() {
    Sla base = Fixtures.sla("freshness");

    assertThat(base.isObservable()).isFalse();
    assertThat(withAlerts(List.of("EntityStale")).isObservable()).isTrue();
    assertThat(
            withSli(Optional.of(new Sli.Query("time() - max(entity_last_write_seconds)")))
                .isObservable())
        .isTrue();
    assertThat(withGatusCheck(Optional.of("entity-freshness")).isObservable()).isTrue();
  }

  @Test
  void rejectsABlankSliQuery() {
    assertThatThrownBy(() -> new Sli.Query("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an SLI query cannot be blank");
  }

  private static Sla withInterval(Optional<Duration> interval) {
    Sla s = Fixtures.sla("freshness");
    return new Sla(
        s.id(),
        s.description(),
        s.objective(),
        s.window(),
        s.gatusCheck(),
        s.alerts(),
        s.sli(),
        s.severity(),
        interval);
  }

  private static Sla withAlerts(List<String> alerts) {
    return observedBy(Optional.empty(), alerts, Optional.empty());
  }

  private static Sla withSli(Optional<Sli> sli) {
    return observedBy(Optional.empty(), List.of(), sli);
  }

  private static Sla withGatusCheck(Optional<String> check) {
    return observedBy(check, List.of(), Optional.empty());
  }

  /** The fixture SLA with only the ways a breach becomes known replaced. */
  private static Sla observedBy(Optional<String> gatus, List<String> alerts, Optional<Sli> sli) {
    Sla s = Fixtures.sla("freshness");
    return new Sla(
        s.id(),
        s.description(),
        s.objective(),
        s.window(),
        gatus,
        alerts,
        sli,
        s.severity(),
        s.interval());
  }
}
