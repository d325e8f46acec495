package dev.nightshift.core.reasoning;

import static dev.nightshift.core.reasoning.ReasoningFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.diagnosis.Diagnoser;
import dev.nightshift.core.knowledge.KnownErrors;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.testing.FakeLogSource;
import dev.nightshift.core.testing.FakeMetricSource;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.testing.ManualClock;
import dev.nightshift.core.testing.ScriptedProber;
import dev.nightshift.core.topology.DependencyTree;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyToolsTest {

  private static final DependencyTree TREE =
      Fixtures.tree(
          List.of(Fixtures.root("freshness", "consumer")),
          Fixtures.checkedNode("consumer", "redis"),
          Fixtures.checkedNode("redis"));

  private final ManualClock clock = new ManualClock(T0);
  private final ScriptedProber prober = new ScriptedProber();
  private final FakeLogSource logs = new FakeLogSource();
  private final FakeMetricSource metrics = new FakeMetricSource();
  private final Stores stores = MemoryStores.create();
  private final List<String> searched = new ArrayList<>();
  private List<RunbookHit> hits = List.of();
  private KnownErrors known = new KnownErrors(List.of());

  private ReadOnlyTools tools() {
    return new ReadOnlyTools(
        new ReadOnlyTools.Sources(
            TREE,
            new Diagnoser(TREE, prober, logs, metrics, Runnable::run, clock),
            logs,
            metrics,
            (query, limit) -> {
              searched.add(query + "/" + limit);
              return hits;
            },
            stores.changes(),
            known,
            stores.incidents(),
            clock));
  }

  private String call(String tool, Map<String, String> args) {
    return tools().call(tool, args);
  }

  @Test
  void offersTheNineReadOnlyTools() {
    assertThat(tools().specs())
        .extracting(ToolSpec::name)
        .containsExactly(
            "node_health",
            "metric_query",
            "log_query",
            "tree_neighbours",
            "impact",
            "runbook_search",
            "recent_changes",
            "known_errors",
            "past_incidents");
  }

  @Test
  void namesTheToolsWhenAskedForOneThatDoesNotExist() {
    assertThat(call("restart_everything", Map.of()))
        .isEqualTo(
            "error: there is no tool 'restart_everything'; the tools are [node_health,"
                + " metric_query, log_query, tree_neighbours, impact, runbook_search,"
                + " recent_changes, known_errors, past_incidents]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"node_health", "log_query", "tree_neighbours", "impact"})
  void saysWhichArgumentIsMissing(String tool) {
    assertThat(call(tool, Map.of())).isEqualTo("error: " + tool + " needs the argument 'node'");
    assertThat(call(tool, Map.of("node", "  ")))
        .isEqualTo("error: " + tool + " needs the argument 'node'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"node_health", "log_query", "tree_neighbours", "impact"})
  void saysWhenTheNodeIsNotInTheTree(String tool) {
    assertThat(call(tool, Map.of("node", "postgres")))
        .isEqualTo("error: 'postgres' is not a node of the tree");
    assertThat(call(tool, Map.of("node", "Not A Node!")))
        .isEqualTo("error: 'Not A Node!' is not a node of the tree");
  }

  @Test
  void queryToolsNeedTheirQuery() {
    assertThat(call("metric_query", Map.of()))
        .isEqualTo("error: metric_query needs the argument 'query'");
    assertThat(call("runbook_search", Map.of()))
        .isEqualTo("error: runbook_search needs the argument 'query'");
  }

  @Test
  void checksANodesHealthNow() {
    prober.unhealthy("redis");

    assertThat(call("node_health", Map.of("node", "redis")))
        .isEqualTo("redis is unhealthy: redis is down");
  }

  @Test
  void runsAMetricQuery() {
    metrics.answer(
        "redis_connected_clients",
        FakeMetricSource.series(new Sample("redis_connected_clients{instance=\"redis\"}", 300)));

    assertThat(call("metric_query", Map.of("query", "redis_connected_clients")))
        .isEqualTo("redis_connected_clients{instance=\"redis\"} 300.0");
    assertThat(call("metric_query", Map.of("query", "nothing_here"))).isEqualTo("no series");
  }

  @Test
  void saysWhenMetricsAreUnavailable() {
    metrics.answer("up", new MetricReading.Unavailable("prometheus timed out", true));

    assertThat(call("metric_query", Map.of("query", "up")))
        .isEqualTo("unavailable: prometheus timed out");
  }

  @Test
  void returnsANodesRecentErrorLinesTheLatestTwenty() {
    logs.lines(
        "redis", IntStream.range(0, 30).mapToObj(i -> "ERR line " + i).toArray(String[]::new));

    String out = call("log_query", Map.of("node", "redis"));

    assertThat(out.lines().toList())
        .hasSize(ReadOnlyTools.MAX_ITEMS)
        .first()
        .asString()
        .isEqualTo(FakeLogSource.LINES_AT + " ERR line 10");
    assertThat(out).endsWith("ERR line 29");
    assertThat(logs.requests().getLast().since()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void readsTheMinutesAskedForWithinBounds() {
    logs.lines("redis", "ERR x");

    call("log_query", Map.of("node", "redis", "minutes", "5"));
    call("log_query", Map.of("node", "redis", "minutes", "999999"));
    call("log_query", Map.of("node", "redis", "minutes", "lots"));
    call("log_query", Map.of("node", "redis", "minutes", "-3"));

    assertThat(logs.requests())
        .extracting(FakeLogSource.Request::since)
        .containsExactly(
            Duration.ofMinutes(5),
            Duration.ofHours(24),
            Duration.ofMinutes(15),
            Duration.ofMinutes(1));
  }

  @Test
  void saysWhenANodeLoggedNoErrorsOrItsLogsAreUnavailable() {
    assertThat(call("log_query", Map.of("node", "consumer", "minutes", "30")))
        .isEqualTo("no error lines from consumer in the last 30 minutes");
    logs.answer("redis", new LogReading.Unavailable("journald is down", true));
    assertThat(call("log_query", Map.of("node", "redis")))
        .isEqualTo("unavailable: journald is down");
  }

  @Test
  void listsANodesNeighbours() {
    assertThat(call("tree_neighbours", Map.of("node", "redis")))
        .contains("depends on: []", "needed by: [consumer]");
    assertThat(call("tree_neighbours", Map.of("node", "consumer"))).contains("depends on: [redis]");
  }

  @Test
  void listsTheImpactOfANodeGoingDown() {
    assertThat(call("impact", Map.of("node", "redis")))
        .startsWith("if redis goes down: nodes ")
        .contains("consumer")
        .endsWith("SLAs [freshness]");
  }

  @Test
  void searchesTheRunbooks() {
    assertThat(call("runbook_search", Map.of("query", "redis clients")))
        .isEqualTo("no runbook or past report matches");
    hits =
        List.of(
            new RunbookHit("runbooks/redis.md", "Redis clients", "Kill idle clients.", 2.0),
            new RunbookHit("incident 3", "Freshness", "Restarted the consumer.", 1.0));

    assertThat(call("runbook_search", Map.of("query", "redis clients")))
        .isEqualTo(
            "runbooks/redis.md — Redis clients\nKill idle clients.\n---\n"
                + "incident 3 — Freshness\nRestarted the consumer.");
    assertThat(searched).containsExactly("redis clients/5", "redis clients/5");
  }

  @Test
  void listsTheChangesOfTheLastHours() {
    stores.changes().record(change("consumer", "v2", T0.minus(Duration.ofHours(1))));
    stores.changes().record(change("redis", "7.2", T0.minus(Duration.ofHours(10))));

    assertThat(call("recent_changes", Map.of()))
        .isEqualTo(T0.minus(Duration.ofHours(1)) + " consumer v2: deployed");
    assertThat(call("recent_changes", Map.of("hours", "12")).lines()).hasSize(2);
    assertThat(call("recent_changes", Map.of("hours", "0")))
        .isEqualTo(T0.minus(Duration.ofHours(1)) + " consumer v2: deployed");
    clock.advance(Duration.ofHours(2));
    assertThat(call("recent_changes", Map.of("hours", "1")))
        .isEqualTo("no changes recorded in the last 1 hours");
  }

  private static ChangeEvent change(String service, String version, java.time.Instant at) {
    return new ChangeEvent(service, version, at, Optional.empty(), Optional.of("deployed"), "test");
  }

  @Test
  void listsTheKnownErrors() {
    assertThat(call("known_errors", Map.of())).isEqualTo("no known errors");
    known = new KnownErrors(List.of(dev.nightshift.core.knowledge.KnownErrorsTestAccess.error()));

    assertThat(call("known_errors", Map.of()))
        .isEqualTo("ke-001 at redis: configured — fix: escalate");
  }

  @Test
  void saysWhenThereAreNoPastIncidents() {
    assertThat(call("past_incidents", Map.of())).isEqualTo("no closed incidents");
    assertThat(call("past_incidents", Map.of("node", "redis")))
        .isEqualTo("no closed incidents caused by redis");
  }

  @Test
  void saysWhenThePastIncidentsNodeIsNotInTheTree() {
    assertThat(call("past_incidents", Map.of("node", "postgres")))
        .isEqualTo("error: 'postgres' is not a node of the tree");
    assertThat(call("past_incidents", Map.of("node", "Not A Node!")))
        .isEqualTo("error: 'Not A Node!' is not a node of the tree");
  }

  @Test
  void nothingAToolDoesChangesThePlatform() {
    prober.unhealthy("redis");
    for (ToolSpec spec : tools().specs()) {
      tools().call(spec.name(), Map.of("node", "redis", "query", "up"));
    }

    assertThat(stores.changes().between(T0.minus(Duration.ofDays(1)), T0.plusSeconds(1))).isEmpty();
    assertThat(stores.incidents().recent(10)).isEmpty();
  }
}
