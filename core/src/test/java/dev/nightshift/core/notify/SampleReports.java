package dev.nightshift.core.notify;

import dev.nightshift.core.notify.IncidentReport.ActionLine;
import dev.nightshift.core.notify.IncidentReport.Change;
import dev.nightshift.core.notify.IncidentReport.Entry;
import dev.nightshift.core.notify.IncidentReport.Hypothesis;
import dev.nightshift.core.notify.IncidentReport.Impact;
import dev.nightshift.core.notify.IncidentReport.Link;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports for golden-file tests of every channel's rendering: one resolved by a known fix, one
 * escalated with nothing known, one waiting for approval, one escalated after the reasoner's
 * hypothesis was rejected. Texts carry the characters each markup must escape ({@code < > & * _ ` [
 * ]}).
 */
public final class SampleReports {

  public static final Instant OPENED = Instant.parse("2026-11-21T03:12:05Z");

  private SampleReports() {}

  public static IncidentReport resolved() {
    return new IncidentReport(
        12,
        "data_freshness",
        "Entity data in Redis is fresh (< 60s old)",
        "sev1",
        "resolved",
        "Incident 12 — data_freshness (sev1) — RESOLVED after 47s",
        "redis_instance ran out of client connections (300 of maxclients 300), so the consumer"
            + " could not write and data went stale. Nightshift matched known error ke-001, killed"
            + " 212 idle clients, and freshness was back within objective 31s later.",
        "data_freshness = 143s, objective < 60s",
        OPENED,
        Optional.of(OPENED.plusSeconds(47)),
        new Impact(
            List.of("data_freshness", "consumer_lag"),
            List.of("kafka_to_redis_entity", "redis_instance")),
        List.of(
            new Entry(OPENED, "detected", "data_freshness = 143s, objective < 60s"),
            new Entry(OPENED.plusSeconds(2), "node_checked", "redis_instance: down"),
            new Entry(OPENED.plusSeconds(3), "known_error_matched", "ke-001 matched"),
            new Entry(
                OPENED.plusSeconds(4),
                "action_executed",
                "ran redis_kill_idle_clients on redis_instance: killed 212 clients"),
            new Entry(OPENED.plusSeconds(47), "resolved", "data_freshness = 4s, within < 60s")),
        List.of(
            new PathStep(
                "kafka_to_redis_entity",
                "degraded",
                "last write 143s ago",
                List.of(),
                List.of("entity_last_write_timestamp_seconds age = 143s"),
                List.of()),
            new PathStep(
                "redis_instance",
                "down",
                "max number of clients reached <300 of 300>",
                List.of(
                    "03:11:58 ERR max number of clients reached",
                    "03:12:01 ERR max number of clients reached"),
                List.of("redis_connected_clients = 300"),
                List.of())),
        Optional.of("redis_instance"),
        Optional.of(
            "redis_instance is down and everything it depends on is healthy: the failure starts"
                + " there"),
        Optional.of("ke-001: Redis connection pool exhausted by idle clients"),
        List.of(
            new Change(
                OPENED.minusSeconds(600), "kafka_to_redis_entity", "2.4.1", Optional.of("alice"))),
        List.of(
            new ActionLine(
                OPENED.plusSeconds(4),
                "redis_kill_idle_clients on redis_instance (idle > 300s)",
                "executed",
                "killed 212 clients")),
        Optional.of("data_freshness = 143s"),
        Optional.of("data_freshness = 4s"),
        List.of(
            "Find the client that leaks connections: CLIENT LIST grouped by addr",
            "Check kafka_to_redis_entity 2.4.1 (deployed 10 min before) for a pool change"),
        List.of(
            new Link(
                "Prometheus: redis_connected_clients",
                "http://prometheus:9090/graph?g0.expr=redis_connected_clients&g0.range_input=1h"),
            new Link("Runbook: redis-clients.md", "runbooks/redis-clients.md")),
        Optional.empty());
  }

  public static IncidentReport escalated() {
    return new IncidentReport(
        13,
        "consumer_lag",
        "Consumer lag < 10 000 & falling",
        "sev2",
        "escalated",
        "Incident 13 — consumer_lag (sev2) — ESCALATED after 2m 10s",
        "Consumer lag reached 48 210. The walk stopped at kafka_cluster, which is down, but no"
            + " known error explains it (error: \"NOT_LEADER_OR_FOLLOWER\" & <partition 3>)."
            + " Nightshift took no action and hands it to a human.",
        "consumer_lag = 48210, objective < 10000",
        OPENED.plusSeconds(3600),
        Optional.of(OPENED.plusSeconds(3730)),
        new Impact(List.of("consumer_lag", "data_freshness"), List.of("kafka_cluster")),
        List.of(
            new Entry(OPENED.plusSeconds(3600), "detected", "consumer_lag = 48210"),
            new Entry(OPENED.plusSeconds(3730), "escalated", "no known error matches")),
        List.of(
            new PathStep(
                "kafka_cluster",
                "down",
                "broker 2 unreachable",
                List.of("ERROR [Partition 3] NOT_LEADER_OR_FOLLOWER *retrying* <node_2>"),
                List.of(),
                List.of("loki: timed out after 5s"))),
        Optional.of("kafka_cluster"),
        Optional.of("kafka_cluster is down and has no dependencies"),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.of("consumer_lag = 48210"),
        Optional.of("consumer_lag = 51002"),
        List.of("Check broker 2 (kafka_cluster): it is unreachable"),
        List.of(),
        Optional.empty());
  }

  public static IncidentReport awaitingApproval() {
    return new IncidentReport(
        14,
        "data_freshness",
        "Entity data in Redis is fresh (< 60s old)",
        "sev1",
        "awaiting_approval",
        "Incident 14 — data_freshness (sev1) — AWAITING APPROVAL",
        "The consumer is down (ke-004). Restarting it needs a human's approval in phase assist.",
        "data_freshness = 95s, objective < 60s",
        OPENED.plusSeconds(7200),
        Optional.empty(),
        new Impact(List.of("data_freshness"), List.of("kafka_to_redis_entity")),
        List.of(new Entry(OPENED.plusSeconds(7200), "detected", "data_freshness = 95s")),
        List.of(
            new PathStep(
                "kafka_to_redis_entity",
                "down",
                "supervisor state EXITED",
                List.of(),
                List.of(),
                List.of())),
        Optional.of("kafka_to_redis_entity"),
        Optional.of("kafka_to_redis_entity is down"),
        Optional.of("ke-004: consumer process died"),
        List.of(),
        List.of(
            new ActionLine(
                OPENED.plusSeconds(7203),
                "supervisor_restart kafka_to_redis_entity",
                "pending_approval",
                "restart_process needs approval in phase assist")),
        Optional.of("data_freshness = 95s"),
        Optional.empty(),
        List.of("Approve or deny: nightshift approve 14"),
        List.of(),
        Optional.empty());
  }

  /**
   * The novel case: the consumer is stuck on a record it cannot deserialize; the reasoner blamed
   * Redis with a quote nobody observed, the validator rejected it, and a human takes over with the
   * reasoner's next steps and the runbook the search found.
   */
  public static IncidentReport escalatedAfterRejectedHypothesis() {
    Instant at = OPENED.plusSeconds(10_800);
    return new IncidentReport(
        15,
        "entity_consumer_lag",
        "Kafka→Redis consumer lag on entity events",
        "high",
        "escalated",
        "Incident 15 — entity_consumer_lag (high) — ESCALATED after 1m 40s",
        "Consumer lag reached 31 877. The walk stopped at kafka_to_redis_consumer, which logs a"
            + " deserialization error at one offset; no known error explains it. The reasoner's"
            + " hypothesis was rejected, so Nightshift took no action and hands it to a human.",
        "entity_consumer_lag = 31877, objective < 10000",
        at,
        Optional.of(at.plusSeconds(100)),
        new Impact(
            List.of("entity_consumer_lag", "entity_data_freshness"),
            List.of("kafka_to_redis_consumer")),
        List.of(
            new Entry(at, "detected", "entity_consumer_lag = 31877"),
            new Entry(at.plusSeconds(3), "no_known_error", "no known error explains it"),
            new Entry(
                at.plusSeconds(41),
                "hypothesized",
                "the hypothesis of anthropic:claude-sonnet-4-5 was rejected"),
            new Entry(
                at.plusSeconds(100),
                "escalated",
                "the reasoner's hypothesis was rejected, so a human must diagnose it")),
        List.of(
            new PathStep(
                "kafka_to_redis_consumer",
                "degraded",
                "lag 31877 > 10000 and rising",
                List.of(
                    "ERROR Failed to deserialize record at offset 48213 of entity_filtered_v1-3:"
                        + " Unexpected character ('<' (code 60))"),
                List.of("kafka_consumer_group_lag{group=\"redis-writer-entity\"} = 31877"),
                List.of()),
            new PathStep(
                "redis_instance",
                "healthy",
                "connected_clients 41 < 280",
                List.of(),
                List.of(),
                List.of())),
        Optional.of("kafka_to_redis_consumer"),
        Optional.of("kafka_to_redis_consumer is degraded and everything it depends on is healthy"),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.of("entity_consumer_lag = 31877"),
        Optional.of("entity_consumer_lag = 33410"),
        List.of(
            "Write a known error for kafka_to_redis_consumer (its signature and fix) so the next"
                + " occurrence is handled",
            "Restart kafka_to_redis_entity with supervisorctl & watch the offset",
            "If the error returns at offset 48213, skip that record [needs approval]",
            "See runbooks/kafka-consumer-poison-message.md#fix (Kafka to Redis consumer down or"
                + " stuck on a poison message — Fix)"),
        List.of(
            new Link(
                "Runbook: Kafka to Redis consumer down or stuck on a poison message — Fix",
                "runbooks/kafka-consumer-poison-message.md#fix")),
        Optional.of(
            new Hypothesis(
                "anthropic:claude-sonnet-4-5",
                "rejected",
                "the hypothesis of anthropic:claude-sonnet-4-5 was rejected",
                Optional.of("redis_instance"),
                Optional.of(
                    "Redis <7.2> rejects *large* writes, so the consumer's batch_writer fails"),
                List.of(
                    "\"Failed to deserialize record at offset 48213\"",
                    "\"redis rejected the write: OOM\""),
                Optional.of("{action: docker_restart, container: redis}"),
                Optional.of("0.85"),
                List.of(
                    "evidence \"redis rejected the write: OOM\" was never observed in tool"
                        + " output or the brief",
                    "redis_instance is healthy on the walked path; the walk stopped at"
                        + " kafka_to_redis_consumer"))));
  }

  /** {@code r} with another timeline, path and next steps: for tests of size limits. */
  public static IncidentReport with(
      IncidentReport r, List<Entry> timeline, List<PathStep> path, List<String> nextSteps) {
    return new IncidentReport(
        r.incident(),
        r.sla(),
        r.slaDescription(),
        r.severity(),
        r.outcome(),
        r.title(),
        r.summary(),
        r.trigger(),
        r.openedAt(),
        r.closedAt(),
        r.impact(),
        timeline,
        path,
        r.rootCause(),
        r.diagnosis(),
        r.knownError(),
        r.changes(),
        r.actions(),
        r.slaBefore(),
        r.slaAfter(),
        nextSteps,
        r.links(),
        r.hypothesis());
  }
}
