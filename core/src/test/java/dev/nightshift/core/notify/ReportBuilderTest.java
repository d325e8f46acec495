package dev.nightshift.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.incident.Progress;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.History;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.notify.IncidentReport.Link;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The report of one incident on freshness → consumer (container {@code kafka_to_redis_entity}, Loki
 * logs) → redis (a client metric), built from what MemoryStores keep about it.
 */
class ReportBuilderTest {

  private static final Instant T0 = Instant.parse("2026-11-21T03:12:05Z");
  private static final String TRIGGER = "freshness 1m30s breaches < 1m";
  private static final KnownError KE_001 =
      new KnownError(
          new KnownErrorId("ke-001"),
          new Signature(new NodeId("redis"), Optional.empty(), Optional.empty()),
          "Redis out of clients",
          new Fix(FixType.ESCALATE, List.of(new Step.Escalate("page", false, Optional.empty()))),
          Severity.HIGH,
          History.NONE);
  private static final ReportLinks LINKS =
      new ReportLinks(
          Optional.of("http://prometheus:9090/"),
          Optional.of("http://grafana:3000/explore"),
          List.of(Path.of("runbooks/ke-001-redis-clients.md"), Path.of("runbooks/kafka.md")));

  private final Stores stores = MemoryStores.create();
  private final IncidentId id =
      stores
          .incidents()
          .open(new NewIncident(new SlaId("freshness"), Severity.HIGH, TRIGGER, T0))
          .id();
  private final ReportBuilder builder = new ReportBuilder(tree(), List.of(KE_001), LINKS);

  @Test
  void tellsWhatBrokeWhyWhatWasDoneAndHowItEndedForAKnownFix() {
    detectedAndWalked("unhealthy");
    event(2, EventType.KNOWN_ERROR_MATCHED, "ke-001 matched", Map.of("known_error", "ke-001"));
    action(3, ActionOutcome.EXECUTED, "killed 212 clients");
    event(30, EventType.RESOLVED, "fixed and verified", Map.of("sla_now", "freshness 4s"));

    IncidentReport report = build(IncidentState.RESOLVED, 30);

    assertThat(report.title()).isEqualTo("Incident 1 — freshness (high) — RESOLVED after 30s");
    assertThat(report.summary())
        .isEqualTo(
            "freshness broke: freshness 1m30s breaches < 1m. Diagnosis: redis is abnormal. It"
                + " matches known error ke-001 (Redis out of clients). Nightshift ran docker_exec"
                + " on container/redis. Resolved: fixed and verified.");
    assertThat(report.knownError()).contains("ke-001: Redis out of clients");
    assertThat(report.rootCause()).contains("redis");
    assertThat(report.slaBefore()).contains(TRIGGER);
    assertThat(report.slaAfter()).contains("freshness 4s");
    assertThat(report.impact().slas()).containsExactly("freshness");
    assertThat(report.impact().nodes()).containsExactly("redis", "consumer");
    assertThat(report.path())
        .extracting(IncidentReport.PathStep::node)
        .containsExactly("consumer", "redis");
    assertThat(report.nextSteps()).isEmpty();
    assertThat(report.timeline())
        .extracting(IncidentReport.Entry::type)
        .doesNotContain("node_checked");
  }

  @Test
  void linksTheSlaGraphTheEvidenceMetricsTheLogsAndTheMatchingRunbook() {
    detectedAndWalked("unhealthy");
    event(2, EventType.KNOWN_ERROR_MATCHED, "ke-001 matched", Map.of("known_error", "ke-001"));
    event(30, EventType.ESCALATED, "page", Map.of());

    assertThat(build(IncidentState.ESCALATED, 30).links())
        .containsExactly(
            new Link(
                "Prometheus: freshness",
                "http://prometheus:9090/graph?g0.expr=time%28%29%20-%20max%28last_write%29"
                    + "&g0.range_input=1h"),
            new Link(
                "Logs: consumer",
                "http://grafana:3000/explore?left=%7B%22queries%22%3A%5B%7B%22refId%22%3A%22A%22"
                    + "%2C%22expr%22%3A%22%7Bcontainer%3D%5C%22consumer%5C%22%7D%22%7D%5D%2C%22"
                    + "range%22%3A%7B%22from%22%3A%22now-1h%22%2C%22to%22%3A%22now%22%7D%7D"),
            new Link(
                "Prometheus: redis_connected_clients",
                "http://prometheus:9090/graph?g0.expr=redis_connected_clients&g0.range_input=1h"),
            new Link("Runbook: ke-001-redis-clients.md", "runbooks/ke-001-redis-clients.md"));
  }

  @Test
  void givesNoLinksWhenNoBaseUrlOrRunbookIsKnown() {
    detectedAndWalked("unhealthy");
    event(30, EventType.ESCALATED, "page", Map.of());

    IncidentReport report =
        new ReportBuilder(tree(), List.of(KE_001), ReportLinks.NONE)
            .build(
                incident(IncidentState.ESCALATED, 30),
                stores.timeline(),
                stores.actions(),
                stores.changes(),
                T0);

    assertThat(report.links()).isEmpty();
  }

  @Test
  void asksAHumanToCheckWhatCouldNotBeCheckedWhenEscalatedBlind() {
    detected();
    nodeChecked("consumer", "unhealthy", Map.of());
    nodeChecked("redis", "unknown", Map.of("gaps", "loki: timed out after 5s"));
    event(1, EventType.DIAGNOSED, "cannot tell", Map.of("root_cause", "consumer"));
    event(5, EventType.ESCALATED, "blind below consumer: redis could not be checked", Map.of());

    assertThat(build(IncidentState.ESCALATED, 5).nextSteps())
        .containsExactly("Check redis: it could not be checked (loki: timed out after 5s)");
  }

  @Test
  void asksForAKnownErrorWhenNoneExplainsIt() {
    detectedAndWalked("unhealthy");
    event(2, EventType.NO_KNOWN_ERROR, "no known error explains it", Map.of());
    event(5, EventType.ESCALATED, "no known error explains redis", Map.of());

    IncidentReport report = build(IncidentState.ESCALATED, 5);

    assertThat(report.nextSteps())
        .containsExactly(
            "Write a known error for redis (its signature and fix) so the next occurrence is"
                + " handled, or record what fixed it with 'nightshift learn "
                + report.incident()
                + "'");
    assertThat(report.knownError()).isEmpty();
    assertThat(report.summary()).contains("No known error explains it.");
  }

  @Test
  void asksToApproveTheKnownErrorLearnedFromIt() {
    detectedAndWalked("unhealthy");
    event(2, EventType.NO_KNOWN_ERROR, "no known error explains it", Map.of());
    event(
        4, EventType.LEARNED, "proposed known error learned-7", Map.of("known_error", "learned-7"));
    event(5, EventType.RESOLVED, "fixed and verified", Map.of());

    IncidentReport report = build(IncidentState.RESOLVED, 5);

    assertThat(report.nextSteps())
        .contains(
            "Approve or edit the proposed known error learned-7 ('nightshift known-errors show"
                + " learned-7'), so the next occurrence is handled from memory")
        .noneMatch(s -> s.startsWith("Write a known error"));
  }

  @Test
  void asksToTellTheOwnerWhenTheCauseIsExternal() {
    detectedAndWalked("unhealthy");
    event(2, EventType.NO_KNOWN_ERROR, "no known error explains it", Map.of());
    event(
        5,
        EventType.ESCALATED,
        "redis is external: Nightshift can only detect and alert",
        Map.of());

    assertThat(build(IncidentState.ESCALATED, 5).nextSteps())
        .containsExactly("Tell the owner of redis: it is outside Nightshift's reach");
  }

  @Test
  void saysHowToApproveWhileAwaitingApprovalAndHasNoEndYet() {
    detectedAndWalked("unhealthy");
    action(3, ActionOutcome.PENDING_APPROVAL, "needs approval in phase assist");

    IncidentReport report =
        builder.build(
            incident(IncidentState.AWAITING_APPROVAL, 12),
            stores.timeline(),
            stores.actions(),
            stores.changes(),
            T0.plusSeconds(12));

    assertThat(report.title())
        .isEqualTo("Incident 1 — freshness (high) — AWAITING APPROVAL (open for 12s)");
    assertThat(report.closedAt()).isEmpty();
    assertThat(report.slaAfter()).isEmpty();
    assertThat(report.outcome()).isEqualTo("awaiting_approval");
    assertThat(report.nextSteps().getFirst()).startsWith("Approve or deny: nightshift approve 1");
    assertThat(report.summary()).endsWith("It is still open (awaiting_approval).");
  }

  @Test
  void suggestsRollingBackADeployOfAWalkedNodeNamedByItsContainer() {
    stores.changes().record(change("kafka_to_redis_entity", "2.4.1", -4 * 60));
    stores.changes().record(change("grafana", "11.0", -60));
    stores.changes().record(change("kafka_to_redis_entity", "2.3.9", -40 * 60));
    stores.changes().record(change("kafka_to_redis_entity", "2.4.2", 60));
    detectedAndWalked("unhealthy");
    event(30, EventType.ESCALATED, "a human must look", Map.of());

    IncidentReport report = build(IncidentState.ESCALATED, 30);

    assertThat(report.changes())
        .extracting(IncidentReport.Change::version)
        .containsExactly("2.4.1", "11.0");
    assertThat(report.nextSteps())
        .containsExactly("Consider rolling back kafka_to_redis_entity 2.4.1 deployed 4 min before");
  }

  @Test
  void asksToReviewADeniedAction() {
    detectedAndWalked("unhealthy");
    action(3, ActionOutcome.DENIED, "cooldown active until 03:20");
    event(5, EventType.ESCALATED, "denied", Map.of());

    assertThat(build(IncidentState.ESCALATED, 5).nextSteps())
        .containsExactly(
            "Review why docker_exec on container/redis was denied: cooldown active until 03:20");
  }

  @Test
  void withoutARootCauseTheImpactIsTheSlasOwnTree() {
    detected();
    event(1, EventType.DIAGNOSED, "everything is healthy", Map.of());
    event(5, EventType.RESOLVED, "recovered by itself", Map.of());

    IncidentReport report = build(IncidentState.RESOLVED, 5);

    assertThat(report.impact().slas()).containsExactly("freshness");
    assertThat(report.impact().nodes()).containsExactly("consumer", "redis");
    assertThat(report.rootCause()).isEmpty();
  }

  @Test
  void showsTheReasonersRejectedHypothesisAndAddsItsNextSteps() {
    detectedAndWalked("unhealthy");
    event(2, EventType.NO_KNOWN_ERROR, "no known error explains it", Map.of());
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("outcome", "rejected");
    facts.put("reasoner", "openai:gpt-4.1");
    facts.put("problems", "node kafka_cluster is not on the walked path");
    facts.put("root_cause", "kafka_cluster");
    facts.put("explanation", "the broker lost leadership");
    facts.put("evidence", "\"NOT_LEADER_OR_FOLLOWER\"\n\"lag = 48210\"");
    facts.put("next_steps", "Check broker 2's controller log\nCompare partition leaders");
    facts.put("confidence", "0.8");
    event(3, EventType.HYPOTHESIZED, "the hypothesis of openai:gpt-4.1 was rejected", facts);
    event(5, EventType.ESCALATED, "the reasoner's hypothesis was rejected", Map.of());

    IncidentReport report = build(IncidentState.ESCALATED, 5);

    assertThat(report.hypothesis())
        .contains(
            new IncidentReport.Hypothesis(
                "openai:gpt-4.1",
                "rejected",
                "the hypothesis of openai:gpt-4.1 was rejected",
                Optional.of("kafka_cluster"),
                Optional.of("the broker lost leadership"),
                List.of("\"NOT_LEADER_OR_FOLLOWER\"", "\"lag = 48210\""),
                Optional.empty(),
                Optional.of("0.8"),
                List.of("node kafka_cluster is not on the walked path")));
    assertThat(report.nextSteps())
        .endsWith("Check broker 2's controller log", "Compare partition leaders");
  }

  @Test
  void showsThatTheReasonerHadNoAnswer() {
    detectedAndWalked("unhealthy");
    event(3, EventType.HYPOTHESIZED, "no hypothesis: over budget", Map.of("outcome", "unanswered"));

    IncidentReport.Hypothesis h = build(IncidentState.ESCALATED, 5).hypothesis().orElseThrow();

    assertThat(h.outcome()).isEqualTo("unanswered");
    assertThat(h.summary()).isEqualTo("no hypothesis: over budget");
    assertThat(h.rootCause()).isEmpty();
  }

  @Test
  void aReportWithoutAReasonerHasNoHypothesis() {
    detectedAndWalked("unhealthy");

    assertThat(build(IncidentState.ESCALATED, 5).hypothesis()).isEmpty();
  }

  @Test
  void pointsAtTheTwoBestRunbooksForTheRootCauseAndItsFirstErrorLine() {
    detected();
    nodeChecked("consumer", "degraded", Map.of());
    nodeChecked("redis", "unhealthy", Map.of("errors", "ERR max clients\nERR again"));
    event(1, EventType.DIAGNOSED, "redis is abnormal", Map.of("root_cause", "redis"));
    List<String> asked = new ArrayList<>();
    RunbookSearch search =
        (query, limit) -> {
          asked.add(query);
          return List.of(
              new RunbookHit("incident 1", "this very incident", "", 9),
              new RunbookHit("runbooks/redis.md#fix", "Redis — Fix", "", 8),
              new RunbookHit("incident 7", "Incident 7 — freshness", "", 7),
              new RunbookHit("runbooks/redis.md#symptoms", "Redis — Symptoms", "", 6));
        };

    IncidentReport report = withSearch(search);

    assertThat(asked).containsExactly("redis ERR max clients");
    assertThat(report.nextSteps())
        .endsWith(
            "See runbooks/redis.md#fix (Redis — Fix)", "See incident 7 (Incident 7 — freshness)");
    assertThat(report.links()).contains(new Link("Runbook: Redis — Fix", "runbooks/redis.md#fix"));
    assertThat(report.links()).extracting(Link::url).doesNotContain("incident 7");
  }

  @Test
  void asksWithTheKnownErrorsRootCauseWhenOneMatched() {
    detectedAndWalked("unhealthy");
    event(2, EventType.KNOWN_ERROR_MATCHED, "ke-001 matched", Map.of("known_error", "ke-001"));
    List<String> asked = new ArrayList<>();

    withSearch((query, limit) -> {
      asked.add(query);
      return List.of();
    });

    assertThat(asked).containsExactly("redis Redis out of clients");
  }

  @Test
  void aFailingRunbookSearchLeavesTheReportWithoutRunbooks() {
    detectedAndWalked("unhealthy");

    IncidentReport report =
        withSearch((query, limit) -> {
          throw new IllegalStateException("index closed");
        });

    assertThat(report.nextSteps()).noneMatch(s -> s.startsWith("See "));
  }

  private IncidentReport withSearch(RunbookSearch search) {
    return new ReportBuilder(
            tree(), List.of(KE_001), ReportLinks.NONE, Duration.ofMinutes(30), search)
        .build(
            incident(IncidentState.ESCALATED, 5),
            stores.timeline(),
            stores.actions(),
            stores.changes(),
            T0);
  }

  private void detectedAndWalked(String redisStatus) {
    detected();
    nodeChecked("consumer", "degraded", Map.of());
    nodeChecked("redis", redisStatus, Map.of("metrics", "redis_connected_clients = 300"));
    event(1, EventType.DIAGNOSED, "redis is abnormal", Map.of("root_cause", "redis"));
  }

  private void detected() {
    event(0, EventType.DETECTED, TRIGGER, Map.of("sla", "freshness"));
  }

  private void nodeChecked(String node, String status, Map<String, String> more) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("node", node);
    facts.put("status", status);
    facts.put("reason", node + " is " + status);
    facts.putAll(more);
    event(1, EventType.NODE_CHECKED, node + " is " + status, facts);
  }

  private void event(long second, EventType type, String message, Map<String, String> facts) {
    stores.timeline().append(id, new TimelineEvent(T0.plusSeconds(second), type, message, facts));
  }

  private void action(long second, ActionOutcome outcome, String detail) {
    stores
        .actions()
        .record(
            new ActionRecord(
                IdempotencyKey.of(1, 1, (int) second),
                1,
                T0.plusSeconds(second),
                "docker_exec",
                ActionClass.KILL_CONNECTIONS,
                "container/redis",
                Optional.of(new NodeId("redis")),
                outcome,
                detail));
  }

  private static ChangeEvent change(String service, String version, long second) {
    return new ChangeEvent(
        service,
        version,
        T0.plusSeconds(second),
        Optional.of("alice"),
        Optional.empty(),
        "webhook");
  }

  private IncidentReport build(IncidentState state, long closedAfter) {
    return builder.build(
        incident(state, closedAfter), stores.timeline(), stores.actions(), stores.changes(), T0);
  }

  private Incident incident(IncidentState state, long seconds) {
    Instant last = T0.plusSeconds(seconds);
    return new Incident(
        id,
        new SlaId("freshness"),
        Severity.HIGH,
        state,
        TRIGGER,
        T0,
        last,
        state.isTerminal() ? Optional.of(last) : Optional.empty(),
        Progress.START,
        Optional.empty());
  }

  private static DependencyTree tree() {
    Node consumer =
        new Node(
            new NodeId("consumer"),
            dev.nightshift.core.topology.NodeType.PROCESS,
            "",
            new Coordinates(
                Optional.of("kafka_to_redis_entity"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty()),
            Optional.empty(),
            Optional.of(
                new LogSpec(
                    Optional.of("{container=\"consumer\"}"),
                    Optional.empty(),
                    false,
                    LogSpec.DEFAULT_ERROR_PATTERN)),
            List.of(),
            List.of(),
            Map.of(),
            Optional.empty(),
            Fixtures.ids("redis"));
    Node redis = Fixtures.node("redis");
    redis =
        new Node(
            redis.id(),
            redis.type(),
            "",
            Coordinates.NONE,
            Optional.empty(),
            Optional.empty(),
            List.of("redis_connected_clients"),
            List.of(),
            Map.of(),
            Optional.empty(),
            List.of());
    var sla = Fixtures.sla("freshness");
    sla =
        new dev.nightshift.core.sla.Sla(
            sla.id(),
            "Entity data is fresh",
            sla.objective(),
            sla.window(),
            sla.gatusCheck(),
            sla.alerts(),
            Optional.of(new dev.nightshift.core.sla.Sli.Query("time() - max(last_write)")),
            sla.severity(),
            sla.interval());
    return DependencyTree.of(
        List.of(new dev.nightshift.core.topology.SlaRoot(sla, Fixtures.ids("consumer"))),
        List.of(consumer, redis));
  }
}
