package dev.nightshift.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.Progress;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Statistics of incidents over a window, on incidents whose numbers are known by heart. */
class IncidentStatsTest {

  private static final Instant FROM = Instant.parse("2026-11-14T00:00:00Z");
  private static final Instant TO = FROM.plus(Duration.ofDays(7));

  @Test
  void takesTheNearestRankMedianAndP90OfTheTimesToResolve() {
    List<Reviewed> ten =
        IntStream.rangeClosed(1, 10)
            .mapToObj(n -> resolved(n, "freshness", Duration.ofSeconds(10L * n), List.of()))
            .toList();

    IncidentStats stats = IncidentStats.of(FROM, TO, ten, List.of());

    assertThat(stats.timeToResolve().median()).isEqualTo(Duration.ofSeconds(50));
    assertThat(stats.timeToResolve().p90()).isEqualTo(Duration.ofSeconds(90));
    assertThat(stats.timeToResolve().count()).isEqualTo(10);
  }

  @Test
  void leavesOpenIncidentsOutOfTheTimeToResolveAndGivesZeroForNone() {
    IncidentStats stats = IncidentStats.of(FROM, TO, List.of(open(1)), List.of());

    assertThat(stats.timeToResolve().count()).isZero();
    assertThat(stats.timeToResolve().median()).isEqualTo(Duration.ZERO);
    assertThat(stats.bySla()).isEqualTo(Map.of("freshness", Map.of("awaiting_approval", 1)));
  }

  @Test
  void measuresDetectionOnlyWhereTheFirstBreachWasRecorded() {
    Reviewed recorded = resolved(1, "freshness", Duration.ofSeconds(30), List.of());
    Reviewed withBreach =
        new Reviewed(
            recorded.incident(),
            List.of(
                new TimelineEvent(
                    at(1),
                    EventType.DETECTED,
                    "breach",
                    Map.of(Reviewed.BROKE_AT, at(1).minusSeconds(40).toString()))),
            List.of());

    IncidentStats stats =
        IncidentStats.of(
            FROM, TO, List.of(withBreach, resolved(2, "x", Duration.ZERO, List.of())), List.of());

    assertThat(stats.timeToDetect().p90()).isEqualTo(Duration.ofSeconds(40));
    assertThat(stats.timeToDetect().median()).isEqualTo(Duration.ZERO);
  }

  @Test
  void comparesKnownErrorsWithThePreviousWindow() {
    List<Reviewed> now =
        List.of(
            resolved(1, "freshness", Duration.ofSeconds(5), matched("ke-001")),
            resolved(2, "freshness", Duration.ofSeconds(5), matched("ke-001")),
            resolved(3, "lag", Duration.ofSeconds(5), matched("ke-004")),
            resolved(4, "lag", Duration.ofSeconds(5), matched("ke-007")));
    List<Reviewed> before =
        List.of(
            resolved(5, "freshness", Duration.ofSeconds(5), matched("ke-001")),
            resolved(6, "lag", Duration.ofSeconds(5), matched("ke-004")),
            resolved(7, "lag", Duration.ofSeconds(5), matched("ke-007")),
            resolved(8, "lag", Duration.ofSeconds(5), matched("ke-007")));

    assertThat(IncidentStats.of(FROM, TO, now, before).recurring())
        .extracting(r -> r.knownError() + " " + r.count() + " " + r.trend())
        .containsExactly("ke-001 2 ↑", "ke-004 1 =", "ke-007 1 ↓");
  }

  @Test
  void listsEscalationsWithTheirReasonsAndActionsThatDidNotRun() {
    Incident escalated = incident(1, "freshness", IncidentState.ESCALATED, Duration.ofMinutes(2));
    Reviewed r =
        new Reviewed(
            escalated,
            List.of(
                TimelineEvent.of(
                    at(1).plusSeconds(120), EventType.ESCALATED, "no known error explains redis")),
            List.of(
                action(1, ActionOutcome.DENIED, "cooldown active"),
                action(1, ActionOutcome.PENDING_APPROVAL, "needs approval"),
                action(1, ActionOutcome.EXECUTED, "done")));

    IncidentStats stats = IncidentStats.of(FROM, TO, List.of(r), List.of());

    assertThat(stats.escalations())
        .containsExactly(
            new IncidentStats.Escalation(1, "freshness", "no known error explains redis"));
    assertThat(stats.blocked())
        .extracting(IncidentStats.Blocked::outcome)
        .containsExactly("denied", "approval expired");
    assertThat(stats.autoResolvedShare()).isZero();
  }

  private static List<TimelineEvent> matched(String id) {
    return List.of(
        TimelineEvent.of(FROM, EventType.DETECTED, "x"),
        new TimelineEvent(FROM, EventType.KNOWN_ERROR_MATCHED, id, Map.of("known_error", id)));
  }

  private static Reviewed resolved(long id, String sla, Duration took, List<TimelineEvent> events) {
    return new Reviewed(incident(id, sla, IncidentState.RESOLVED, took), events, List.of());
  }

  private static Reviewed open(long id) {
    return new Reviewed(
        incident(id, "freshness", IncidentState.AWAITING_APPROVAL, Duration.ZERO),
        List.of(),
        List.of());
  }

  private static Incident incident(long id, String sla, IncidentState state, Duration took) {
    Instant closed = at(id).plus(took);
    return new Incident(
        new IncidentId(id),
        new SlaId(sla),
        Severity.HIGH,
        state,
        "breach",
        at(id),
        closed,
        state.isTerminal() ? Optional.of(closed) : Optional.empty(),
        Progress.START,
        Optional.empty());
  }

  private static ActionRecord action(long incident, ActionOutcome outcome, String detail) {
    return new ActionRecord(
        IdempotencyKey.of(incident, 1, outcome.ordinal()),
        incident,
        at(incident),
        "docker_exec",
        ActionClass.KILL_CONNECTIONS,
        "container/redis",
        Optional.empty(),
        outcome,
        detail);
  }

  private static Instant at(long id) {
    return FROM.plus(Duration.ofHours(id));
  }
}
