package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownErrorStatsTest {

  private static final KnownErrorId KE = new KnownErrorId("ke-001");
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void seedsFromTheFilesHistoryWithItsAverageResolutionTime() {
    KnownErrorStats stats =
        KnownErrorStats.seed(
            knownError(
                new History(
                    Optional.of(LocalDate.of(2025, 11, 3)),
                    Optional.of(LocalDate.of(2026, 2, 20)),
                    4,
                    Optional.of(Duration.ofMinutes(10)))));

    assertThat(stats)
        .isEqualTo(
            new KnownErrorStats(
                KE, 4, Optional.empty(), Optional.empty(), 0, 0, 4, Duration.ofMinutes(40)));
    assertThat(stats.meanTimeToResolve()).contains(Duration.ofMinutes(10));
  }

  @Test
  void seedsWithoutAResolutionTimeWhenTheFileGivesNone() {
    KnownErrorStats stats =
        KnownErrorStats.seed(
            knownError(new History(Optional.empty(), Optional.empty(), 4, Optional.empty())));

    assertThat(stats.occurrences()).isEqualTo(4);
    assertThat(stats.resolutions()).isZero();
    assertThat(stats.totalTimeToResolve()).isEqualTo(Duration.ZERO);
    assertThat(stats.meanTimeToResolve()).isEmpty();
  }

  @Test
  void seedsAnErrorWithNoHistoryAtZero() {
    KnownErrorStats stats = KnownErrorStats.seed(knownError(History.NONE));

    assertThat(stats)
        .isEqualTo(
            new KnownErrorStats(KE, 0, Optional.empty(), Optional.empty(), 0, 0, 0, Duration.ZERO));
  }

  @Test
  void countsAnOccurrenceKeepingTheFirstTimeItWasSeen() {
    KnownErrorStats stats =
        KnownErrorStats.seed(knownError(History.NONE)).occurred(T0).occurred(T0.plusSeconds(3600));

    assertThat(stats.occurrences()).isEqualTo(2);
    assertThat(stats.firstSeen()).contains(T0);
    assertThat(stats.lastSeen()).contains(T0.plusSeconds(3600));
  }

  @Test
  void countsASuccessAsAResolutionAndUpdatesTheMeanTimeToResolve() {
    KnownErrorStats seeded =
        KnownErrorStats.seed(
            knownError(
                new History(
                    Optional.empty(), Optional.empty(), 4, Optional.of(Duration.ofMinutes(10)))));

    KnownErrorStats stats = seeded.succeeded(Duration.ofMinutes(20));

    assertThat(stats.successes()).isEqualTo(1);
    assertThat(stats.resolutions()).isEqualTo(5);
    assertThat(stats.meanTimeToResolve()).contains(Duration.ofMinutes(12));
  }

  @Test
  void countsAFailureWithoutChangingTheMeanTimeToResolve() {
    KnownErrorStats succeeded =
        KnownErrorStats.seed(knownError(History.NONE)).succeeded(Duration.ofMinutes(3));

    KnownErrorStats stats = succeeded.failed().failed();

    assertThat(stats.failures()).isEqualTo(2);
    assertThat(stats.successes()).isEqualTo(1);
    assertThat(stats.meanTimeToResolve()).contains(Duration.ofMinutes(3));
  }

  @Test
  void hasNoMeanTimeToResolveBeforeAnyResolution() {
    assertThat(KnownErrorStats.seed(knownError(History.NONE)).failed().meanTimeToResolve())
        .isEmpty();
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() ->
            new KnownErrorStats(KE, 0, Optional.empty(), Optional.empty(), -1, 0, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts cannot be negative");
  }

  private static KnownError knownError(History history) {
    return new KnownError(
        KE,
        new Signature(new NodeId("redis"), Optional.empty(), Optional.empty()),
        "Redis ran out of connections",
        new Fix(FixType.ESCALATE, List.of()),
        Severity.HIGH,
        history);
  }
}
