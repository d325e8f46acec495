package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.incident.TimelineEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link Timeline} does, run against the memory and the SQLite store. */
public abstract class TimelineContract extends StoreContract {

  private Timeline timeline() {
    return stores().timeline();
  }

  private static Map<String, String> awkwardFacts() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("node", "redis");
    facts.put("output", "line one\nline two\r\n\ttabbed \"quoted\" \\ back\\slash");
    facts.put("ключ", "値 🚒 ünïcödé");
    facts.put("empty", "");
    facts.put("json", "{\"a\": [1, null]}");
    facts.put("a", "last, so order shows");
    return facts;
  }

  @Test
  void keepsEventsInTheOrderTheyWereAppended() {
    IncidentId incident = open("freshness", at(0)).id();
    TimelineEvent detected = TimelineEvent.of(at(0), EventType.DETECTED, "SLA breached");
    TimelineEvent late = TimelineEvent.of(at(30), EventType.DIAGNOSED, "root cause: redis");
    TimelineEvent early = TimelineEvent.of(at(20), EventType.NODE_CHECKED, "redis: unhealthy");

    timeline().append(incident, detected);
    timeline().append(incident, late);
    timeline().append(incident, early);

    assertThat(timeline().events(incident)).containsExactly(detected, late, early);
  }

  @Test
  void keepsEachIncidentsEventsApart() {
    IncidentId first = open("freshness", at(0)).id();
    IncidentId second = open("latency", at(1)).id();
    TimelineEvent a = TimelineEvent.of(at(0), EventType.DETECTED, "first");
    TimelineEvent b = TimelineEvent.of(at(1), EventType.DETECTED, "second");
    TimelineEvent c = TimelineEvent.of(at(2), EventType.CORRELATED, "follows " + first);

    timeline().append(first, a);
    timeline().append(second, b);
    timeline().append(second, c);

    assertThat(timeline().events(first)).containsExactly(a);
    assertThat(timeline().events(second)).containsExactly(b, c);
  }

  @Test
  void roundTripsMessagesAndFactsExactly() {
    IncidentId incident = open("freshness", at(0)).id();
    TimelineEvent event =
        new TimelineEvent(
            at(5).plusNanos(7),
            EventType.ACTION_EXECUTED,
            "ran «redis-cli CLIENT KILL»\nexit 0 ✅",
            awkwardFacts());

    timeline().append(incident, event);

    TimelineEvent stored = timeline().events(incident).getFirst();
    assertThat(stored).isEqualTo(event);
    assertThat(stored.facts()).containsExactlyEntriesOf(awkwardFacts());
  }

  @Test
  void anIncidentWithoutEventsHasAnEmptyTimeline() {
    IncidentId incident = open("freshness", at(0)).id();

    assertThat(timeline().events(incident)).isEmpty();
    assertThat(timeline().events(new IncidentId(99))).isEmpty();
  }

  @Test
  void refusesEventsOfAnIncidentItNeverOpened() {
    TimelineEvent event = TimelineEvent.of(at(0), EventType.DETECTED, "orphan");

    assertThatThrownBy(() -> timeline().append(new IncidentId(7), event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7");
    assertThat(timeline().events(new IncidentId(7))).isEmpty();
  }

  @Test
  void keepsEventsAcrossARestart() {
    IncidentId incident = open("freshness", at(0)).id();
    TimelineEvent detected = TimelineEvent.of(at(0), EventType.DETECTED, "SLA breached");
    TimelineEvent facts = new TimelineEvent(at(1), EventType.NODE_CHECKED, "ok", awkwardFacts());
    timeline().append(incident, detected);
    timeline().append(incident, facts);

    Stores restarted = reopen();

    assertThat(restarted.timeline().events(incident)).containsExactly(detected, facts);
  }
}
