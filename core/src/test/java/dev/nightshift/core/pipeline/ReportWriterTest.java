package dev.nightshift.core.pipeline;

import static dev.nightshift.core.pipeline.AgentWorld.FRESHNESS;
import static dev.nightshift.core.pipeline.AgentWorld.KILL_IDLE_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.T0;
import static dev.nightshift.core.pipeline.AgentWorld.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.Progress;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report a human reads when an incident ends, written from its timeline and action log. */
class ReportWriterTest {

  private static final String TRIGGER = "freshness 1m30s breaches < 1m";
  private static final Duration CLOSED_AFTER = seconds(30);

  private final ReportWriter writer = new ReportWriter(AgentWorld.freshnessTree(), List.of());
  private final List<TimelineEvent> events = new ArrayList<>();
  private final List<ActionRecord> actions = new ArrayList<>();

  @Test
  void marksEachWalkedNodeByItsStatusWithItsEvidenceAndWhatWasMissing() {
    nodeChecked("consumer", "degraded", "lag 45000 > 10000", Map.of());
    nodeChecked(
        "redis",
        "unhealthy",
        "PING failed",
        Map.of(
            "errors",
            "ERR max number of clients reached\nERR max number of clients reached",
            "metrics",
            "redis_connected_clients = 300"));
    nodeChecked("kafka", "unknown", "no healthcheck", Map.of("gaps", "logs: loki unreachable"));
    nodeChecked("disk", "healthy", "42% used", Map.of());
    closing(EventType.ESCALATED, "a human must diagnose it", Map.of());

    assertThat(write(IncidentState.ESCALATED))
        .contains(
            "Path walked:\n"
                + "  XX  consumer — degraded: lag 45000 > 10000\n"
                + "  XX  redis — unhealthy: PING failed\n"
                + "      log: ERR max number of clients reached\n"
                + "      log: ERR max number of clients reached\n"
                + "      metric: redis_connected_clients = 300\n"
                + "  ??  kafka — unknown: no healthcheck\n"
                + "      missing: logs: loki unreachable\n"
                + "  ok  disk — healthy: 42% used\n\n");
  }

  @Test
  void saysNothingWasDoneAndWhereAHumanStartsWhenEscalatedWithoutActing() {
    event(seconds(1), EventType.NO_KNOWN_ERROR, "no known error explains it", Map.of());
    closing(EventType.ESCALATED, "no known error explains redis", Map.of("sla_now", TRIGGER));

    String report = write(IncidentState.ESCALATED);

    assertThat(report)
        .contains(
            "Incident 7 — freshness (high) — ESCALATED after 30s",
            "Known error: none\n",
            "Actions: none\n",
            "SLA after:   " + TRIGGER,
            "Outcome:     ESCALATED\n",
            "Escalated: no known error explains redis.",
            "Next steps:\n  - Write a known error for this failure");
  }

  @Test
  void listsEveryActionWithItsClassOutcomeAndDetail() {
    actions.add(
        ActionRecord.of(
            IdempotencyKey.of(7, 1, 0),
            7,
            T0.plusSeconds(2),
            KILL_IDLE_CLIENTS,
            ActionOutcome.DENIED,
            "the fix is not holding"));
    closing(EventType.ESCALATED, "not allowed", Map.of());

    assertThat(write(IncidentState.ESCALATED))
        .contains(
            "Actions:\n  2026-03-02T10:00:02Z  docker_exec on container/redis [kill_connections] —"
                + " denied: the fix is not holding\n");
  }

  @Test
  void timesEachEventFromTheOpeningAndLeavesOutTheNodeChecks() {
    event(Duration.ZERO, EventType.DETECTED, TRIGGER, Map.of());
    nodeChecked("redis", "unhealthy", "PING failed", Map.of());
    event(Duration.ofMillis(1500), EventType.ACTION_EXECUTED, "ran it", Map.of());
    closing(
        EventType.RESOLVED, "fixed and verified", Map.of("sla_now", "freshness 20s meets < 1m"));

    String report = write(IncidentState.RESOLVED);

    assertThat(report)
        .contains(
            "Timeline:\n"
                + "  +0s  detected  "
                + TRIGGER
                + "\n"
                + "  +1.5s  action_executed  ran it\n"
                + "  +30s  resolved  fixed and verified\n\n");
    assertThat(report).doesNotContain("node_checked");
  }

  @Test
  void saysTheSlaAfterWasNotMeasuredWhenTheClosingEventCarriesNoMeasurement() {
    closing(EventType.ESCALATED, "nobody answered", Map.of());

    String report = write(IncidentState.ESCALATED);

    assertThat(report).contains("SLA before:  " + TRIGGER, "SLA after:   not measured");
  }

  private void nodeChecked(String node, String status, String reason, Map<String, String> more) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("node", node);
    facts.put("status", status);
    facts.put("reason", reason);
    facts.putAll(more);
    event(Duration.ZERO, EventType.NODE_CHECKED, node + " is " + status, facts);
  }

  /** The final event, at {@link #CLOSED_AFTER}. */
  private void closing(EventType type, String why, Map<String, String> facts) {
    event(CLOSED_AFTER, type, why, facts);
  }

  private void event(Duration at, EventType type, String message, Map<String, String> facts) {
    events.add(new TimelineEvent(T0.plus(at), type, message, facts));
  }

  private String write(IncidentState outcome) {
    Instant closed = T0.plus(CLOSED_AFTER);
    Incident incident =
        new Incident(
            new IncidentId(7),
            new SlaId(FRESHNESS),
            Severity.HIGH,
            outcome,
            TRIGGER,
            T0,
            closed,
            Optional.of(closed),
            Progress.START,
            Optional.empty());
    return writer.write(incident, events, actions, List.of());
  }
}
