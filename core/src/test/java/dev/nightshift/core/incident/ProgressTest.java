package dev.nightshift.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final NodeId REDIS = new NodeId("redis");
  private static final NodeId WRITER = new NodeId("writer");
  private static final KnownErrorId KE = new KnownErrorId("ke-001");
  private static final IncidentId OTHER = new IncidentId(3);

  /** Everything set: attempt 2, step 3, waiting, with a deadline, following incident 3. */
  private static final Progress BUSY =
      new Progress(
          Optional.of(REDIS),
          Optional.of(KE),
          2,
          3,
          Optional.of(T0.plusSeconds(10)),
          Optional.of(T0.plusSeconds(60)),
          Optional.of(OTHER));

  @Test
  void startsWithNothingDoneAndNothingPending() {
    assertThat(Progress.START)
        .isEqualTo(
            new Progress(
                Optional.empty(),
                Optional.empty(),
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(Progress.START.isDue(T0)).isTrue();
  }

  @Test
  void startsTheNextAttemptAtStepZeroWithNothingPending() {
    Progress next = BUSY.startAttempt(Optional.of(WRITER), Optional.empty());

    assertThat(next)
        .isEqualTo(
            new Progress(
                Optional.of(WRITER),
                Optional.empty(),
                3,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void countsAttemptsFromOne() {
    assertThat(Progress.START.startAttempt(Optional.of(REDIS), Optional.of(KE)).attempt())
        .isEqualTo(1);
  }

  @Test
  void movesToAStepClearingTheWaitAndTheDeadline() {
    Progress next = BUSY.atStep(4);

    assertThat(next)
        .isEqualTo(
            new Progress(
                Optional.of(REDIS),
                Optional.of(KE),
                2,
                4,
                Optional.empty(),
                Optional.empty(),
                Optional.of(OTHER)));
  }

  @Test
  void setsTheWakeTimeKeepingTheDeadline() {
    Progress next = BUSY.wakeAt(T0.plusSeconds(20));

    assertThat(next.wakeAt()).contains(T0.plusSeconds(20));
    assertThat(next.deadline()).isEqualTo(BUSY.deadline());
    assertThat(next).usingRecursiveComparison().ignoringFields("wakeAt").isEqualTo(BUSY);
  }

  @Test
  void setsTheDeadlineKeepingTheWakeTime() {
    Progress next = BUSY.deadline(T0.plusSeconds(120));

    assertThat(next.deadline()).contains(T0.plusSeconds(120));
    assertThat(next).usingRecursiveComparison().ignoringFields("deadline").isEqualTo(BUSY);
  }

  @Test
  void followsAnotherIncidentClearingTheWaitAndTheDeadline() {
    Progress next = BUSY.following(new IncidentId(9));

    assertThat(next)
        .isEqualTo(
            new Progress(
                Optional.of(REDIS),
                Optional.of(KE),
                2,
                3,
                Optional.empty(),
                Optional.empty(),
                Optional.of(new IncidentId(9))));
  }

  @Test
  void recordsADiagnosedCauseKeepingAttemptStepAndKnownError() {
    Progress next = BUSY.diagnosed(WRITER);

    assertThat(next)
        .isEqualTo(
            new Progress(
                Optional.of(WRITER),
                Optional.of(KE),
                2,
                3,
                Optional.empty(),
                Optional.empty(),
                Optional.of(OTHER)));
  }

  @Test
  void isNotDueBeforeItsWakeTime() {
    Progress waiting = Progress.START.wakeAt(T0.plusSeconds(30));

    assertThat(waiting.isDue(T0)).isFalse();
    assertThat(waiting.isDue(T0.plusSeconds(29).plusNanos(999_999_999))).isFalse();
  }

  @Test
  void isDueFromItsWakeTimeOn() {
    Progress waiting = Progress.START.wakeAt(T0.plusSeconds(30));

    assertThat(waiting.isDue(T0.plusSeconds(30))).isTrue();
    assertThat(waiting.isDue(T0.plusSeconds(31))).isTrue();
  }

  @Test
  void isDueAtAnyTimeWhenNotWaiting() {
    Progress notWaiting = Progress.START.deadline(T0.plusSeconds(30));

    assertThat(notWaiting.isDue(Instant.EPOCH)).isTrue();
  }

  @Test
  void rejectsANegativeAttemptOrStep() {
    assertThatThrownBy(() -> Progress.START.atStep(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempt and step must be >= 0: 0, -1");
    assertThatThrownBy(() ->
            new Progress(
                Optional.empty(),
                Optional.empty(),
                -1,
                0,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempt and step must be >= 0: -1, 0");
  }
}
