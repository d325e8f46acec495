package dev.nightshift.core.pipeline;

import static dev.nightshift.core.incident.IncidentState.CORRELATED;
import static dev.nightshift.core.incident.IncidentState.DETECTED;
import static dev.nightshift.core.incident.IncidentState.ESCALATED;
import static dev.nightshift.core.incident.IncidentState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.incident.Progress;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link IncidentStore} does, run against the memory and the SQLite store. */
public abstract class IncidentStoreContract extends StoreContract {

  private IncidentStore incidents() {
    return stores().incidents();
  }

  private Incident changed(Incident incident, IncidentId related) {
    Progress progress =
        new Progress(
            Optional.of(new NodeId("redis")),
            Optional.of(new KnownErrorId("ke-001")),
            2,
            3,
            Optional.of(at(120).plusNanos(1)),
            Optional.of(at(300)),
            Optional.of(related));
    return new Incident(
        incident.id(),
        incident.sla(),
        Severity.LOW,
        CORRELATED,
        incident.trigger(),
        incident.openedAt(),
        at(90),
        Optional.empty(),
        progress,
        Optional.of("Report: «redis» ran out of clients.\nRestarted the writer ✅"));
  }

  @Test
  void assignsIncreasingIdsFromOne() {
    assertThat(open("a", at(0)).id()).isEqualTo(new IncidentId(1));
    assertThat(open("b", at(0)).id()).isEqualTo(new IncidentId(2));
    assertThat(open("c", at(-5)).id()).isEqualTo(new IncidentId(3));
  }

  @Test
  void opensAnIncidentDetectedWithNothingDoneYet() {
    NewIncident wanted =
        new NewIncident(
            new SlaId("entity_data_freshness"),
            Severity.CRITICAL,
            "entity_data_freshness 73s breaches < 60s",
            T0);

    Incident opened = incidents().open(wanted);

    assertThat(opened)
        .isEqualTo(
            new Incident(
                opened.id(),
                wanted.sla(),
                Severity.CRITICAL,
                DETECTED,
                wanted.trigger(),
                T0,
                T0,
                Optional.empty(),
                Progress.START,
                Optional.empty()));
    assertThat(incidents().find(opened.id())).contains(opened);
  }

  @Test
  void roundTripsEveryFieldOfAnOpenIncident() {
    Incident first = open("freshness", at(0));
    Incident incident = changed(open("latency", at(1)), first.id());

    incidents().save(incident);

    assertThat(incidents().find(incident.id())).contains(incident);
    assertThat(incidents().find(first.id())).contains(first);
  }

  @Test
  void roundTripsEveryFieldOfAClosedIncident() {
    Incident first = open("freshness", at(0));
    Incident escalated = close(changed(open("latency", at(1)), first.id()), ESCALATED, at(600));

    assertThat(incidents().find(escalated.id())).contains(escalated);
  }

  @Test
  void refusesToSaveAnIncidentItNeverOpened() {
    Incident opened = open("freshness", at(0));
    Incident stranger = changed(opened, opened.id());
    Incident unknown =
        new Incident(
            new IncidentId(42),
            stranger.sla(),
            stranger.severity(),
            stranger.state(),
            stranger.trigger(),
            stranger.openedAt(),
            stranger.updatedAt(),
            stranger.closedAt(),
            stranger.progress(),
            stranger.report());

    assertThatThrownBy(() -> incidents().save(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("42");
    assertThat(incidents().find(new IncidentId(42))).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownId() {
    open("freshness", at(0));

    assertThat(incidents().find(new IncidentId(2))).isEmpty();
  }

  @Test
  void activeHoldsOpenIncidentsOldestFirst() {
    Incident late = open("late", at(20));
    Incident early = open("early", at(10));
    close(open("resolved", at(5)), RESOLVED, at(30));
    close(open("escalated", at(6)), ESCALATED, at(30));
    Incident alsoEarly = open("also_early", at(10));

    assertThat(incidents().active()).containsExactly(early, alsoEarly, late);
  }

  @Test
  void activeShowsWhatWasLastSaved() {
    Incident first = open("freshness", at(0));
    Incident second = changed(open("latency", at(1)), first.id());
    incidents().save(second);

    assertThat(incidents().active()).containsExactly(first, second);
  }

  @Test
  void recentListsNewestFirstOpenOrClosedUpToTheLimit() {
    Incident oldest = open("a", at(10));
    Incident newest = close(open("b", at(30)), RESOLVED, at(40));
    Incident middle = open("c", at(20));

    assertThat(incidents().recent(2)).containsExactly(newest, middle);
    assertThat(incidents().recent(10)).containsExactly(newest, middle, oldest);
    assertThat(incidents().recent(0)).isEmpty();
  }

  @Test
  void refusesANegativeLimit() {
    assertThatThrownBy(() -> incidents().recent(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void keepsIncidentsAcrossARestart() {
    Incident first = open("freshness", at(0));
    Incident second = changed(open("latency", at(1)), first.id());
    incidents().save(second);
    Incident third = close(open("lag", at(2)), RESOLVED, at(3));

    Stores restarted = reopen();

    assertThat(restarted.incidents().find(second.id())).contains(second);
    assertThat(restarted.incidents().active()).containsExactly(first, second);
    assertThat(restarted.incidents().recent(3)).containsExactly(third, second, first);
    assertThat(open("again", at(4)).id()).isEqualTo(new IncidentId(4));
  }
}
