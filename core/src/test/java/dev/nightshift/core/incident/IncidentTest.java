package dev.nightshift.core.incident;

import static dev.nightshift.core.incident.IncidentState.DETECTED;
import static dev.nightshift.core.incident.IncidentState.DIAGNOSING;
import static dev.nightshift.core.incident.IncidentState.REMEDIATING;
import static dev.nightshift.core.incident.IncidentState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(30);
  private static final Instant T2 = T0.plusSeconds(90);

  @Test
  void movesToALegalStateAndStampsTheTimeOfTheChange() {
    Incident moved = detected().moveTo(DIAGNOSING, T1);

    assertThat(moved.state()).isEqualTo(DIAGNOSING);
    assertThat(moved.updatedAt()).isEqualTo(T1);
    assertThat(moved.openedAt()).isEqualTo(T0);
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentState.class,
      names = {"RESOLVED", "ESCALATED"})
  void stampsClosedAtWhenMovingToAFinalState(IncidentState closing) {
    Incident closed = detected().moveTo(DIAGNOSING, T1).moveTo(closing, T2);

    assertThat(closed.closedAt()).contains(T2);
    assertThat(closed.isOpen()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentState.class,
      names = {"REMEDIATING", "AWAITING_APPROVAL", "CORRELATED"})
  void leavesClosedAtEmptyWhenMovingToAnOpenState(IncidentState open) {
    Incident moved = detected().moveTo(DIAGNOSING, T1).moveTo(open, T2);

    assertThat(moved.closedAt()).isEmpty();
    assertThat(moved.isOpen()).isTrue();
  }

  @Test
  void keepsEverythingButStateAndTimesWhenMoving() {
    Progress progress = Progress.START.diagnosed(new NodeId("redis"));
    Incident before = detected().with(progress, T0).withReport("so far");

    Incident after = before.moveTo(DIAGNOSING, T1);

    assertThat(after)
        .usingRecursiveComparison()
        .ignoringFields("state", "updatedAt")
        .isEqualTo(before);
  }

  @Test
  void rejectsAnIllegalMove() {
    Incident incident = detected();

    assertThatThrownBy(() -> incident.moveTo(REMEDIATING, T1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("illegal incident state change detected -> remediating");
  }

  @Test
  void cannotBeReopenedOnceClosed() {
    Incident resolved = detected().moveTo(RESOLVED, T1);

    assertThatThrownBy(() -> resolved.moveTo(DIAGNOSING, T2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("illegal incident state change resolved -> diagnosing");
  }

  @Test
  void rejectsAFinalStateWithoutAClosingTime() {
    assertThatThrownBy(() -> incident(RESOLVED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an incident is closed exactly when its state is final");
  }

  @Test
  void rejectsAClosingTimeOnAnOpenIncident() {
    assertThatThrownBy(() -> incident(DIAGNOSING, Optional.of(T1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an incident is closed exactly when its state is final");
  }

  private static Incident detected() {
    return incident(DETECTED, Optional.empty());
  }

  private static Incident incident(IncidentState state, Optional<Instant> closedAt) {
    return new Incident(
        new IncidentId(7),
        new SlaId("freshness"),
        Severity.HIGH,
        state,
        "freshness 73s breaches < 1m",
        T0,
        T0,
        closedAt,
        Progress.START,
        Optional.empty());
  }
}
