package dev.nightshift.core.diagnosis;

import static dev.nightshift.core.testing.Fixtures.checkedNode;
import static dev.nightshift.core.testing.Fixtures.ids;
import static dev.nightshift.core.testing.Fixtures.node;
import static dev.nightshift.core.testing.Fixtures.root;
import static dev.nightshift.core.testing.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.testing.FakeLogSource;
import dev.nightshift.core.testing.FakeMetricSource;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.testing.ManualClock;
import dev.nightshift.core.testing.Property;
import dev.nightshift.core.testing.ScriptedProber;
import dev.nightshift.core.testing.TreeGenerator;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.SlaRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class DiagnoserTest {

  private static final SlaId FRESHNESS = new SlaId("freshness");
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final ScriptedProber prober = new ScriptedProber();
  private final FakeLogSource logs = new FakeLogSource();
  private final FakeMetricSource metrics = new FakeMetricSource();
  private final ManualClock clock = new ManualClock(T0);

  @Test
  void findsRedisBehindAnUnhealthyConsumerWhoseTopicIsHealthy() {
    DependencyTree seed =
        tree(
            List.of(root("freshness", "consumer")),
            checkedNode("consumer", "topic", "redis"),
            checkedNode("topic", "broker"),
            checkedNode("broker"),
            checkedNode("redis"));
    prober.unhealthy("consumer", "redis").healthy("topic", "broker");

    Diagnosis diagnosis = diagnoser(seed).diagnose(FRESHNESS);

    assertThat(diagnosis.sla()).isEqualTo(FRESHNESS);
    assertThat(diagnosis.findings())
        .extracting(NodeFinding::node)
        .isEqualTo(ids("consumer", "topic", "broker", "redis"));
    assertThat(diagnosis.rootCause())
        .isEqualTo(
            new RootCause.Located(
                ids("redis"), "redis is abnormal while everything below is healthy"));
    assertThat(diagnosis.primaryCause()).contains(new NodeId("redis"));
    assertThat(diagnosis.startedAt()).isEqualTo(T0);
    assertThat(diagnosis.finishedAt()).isEqualTo(T0);
  }

  @Test
  void checksEveryNodeOnThePathOnceEvenWhenTwoBranchesShareIt() {
    DependencyTree diamond =
        tree(
            List.of(root("freshness", "api")),
            checkedNode("api", "reader", "writer"),
            checkedNode("reader", "db"),
            checkedNode("writer", "db"),
            checkedNode("db"),
            checkedNode("elsewhere"));
    prober.healthy("api", "reader", "writer", "db", "elsewhere");

    diagnoser(diamond).diagnose(FRESHNESS);

    assertThat(prober.checked()).containsExactly("api", "reader", "db", "writer");
  }

  @Test
  void treatsANodeWithoutAHealthcheckAsUnknownNotHealthy() {
    DependencyTree tree = tree(List.of(root("freshness", "plain")), node("plain"));

    Diagnosis diagnosis = diagnoser(tree).diagnose(FRESHNESS);

    assertThat(finding(diagnosis, "plain").health())
        .isEqualTo(Health.unknown("no healthcheck is defined for this node"));
    assertThat(prober.checked()).isEmpty();
    assertThat(diagnosis.rootCause()).isInstanceOf(RootCause.Undetermined.class);
  }

  @Test
  void reportsAProberThatThrowsAsUnknownWithItsMessageAndGoesOn() {
    DependencyTree tree =
        tree(List.of(root("freshness", "a", "b")), checkedNode("a"), checkedNode("b"));
    prober.failing("a", new IllegalStateException("pool exhausted")).unhealthy("b");

    Diagnosis diagnosis = diagnoser(tree).diagnose(FRESHNESS);

    assertThat(finding(diagnosis, "a").health())
        .isEqualTo(Health.unknown("the check failed: pool exhausted"));
    assertThat(finding(diagnosis, "b").status()).isEqualTo(HealthStatus.UNHEALTHY);
  }

  @Test
  void gathersNoEvidenceForAHealthyNode() {
    prober.healthy("redis");

    NodeFinding finding = diagnoser(observedTree()).inspect(observed("redis"));

    assertThat(finding)
        .isEqualTo(
            new NodeFinding(
                new NodeId("redis"),
                Health.healthy("redis is fine"),
                List.of(),
                List.of(),
                List.of()));
    assertThat(logs.asked()).isEmpty();
    assertThat(metrics.askedQueries()).isEmpty();
  }

  @Test
  void gathersTheRecentErrorsAndMetricsOfAnUnhealthyNode() {
    prober.unhealthy("redis");
    logs.lines("redis", "ERR max number of clients reached");
    Sample clients = new Sample("redis_connected_clients{instance=\"redis\"}", 300);
    metrics.answer("redis_connected_clients", FakeMetricSource.series(clients));

    NodeFinding finding = diagnoser(observedTree()).inspect(observed("redis"));

    assertThat(finding.errors())
        .containsExactly(new LogLine(FakeLogSource.LINES_AT, "ERR max number of clients reached"));
    assertThat(finding.metrics()).containsExactly(clients);
    assertThat(finding.gaps()).isEmpty();
    assertThat(logs.requests())
        .containsExactly(new FakeLogSource.Request(new NodeId("redis"), Diagnoser.LOG_WINDOW));
  }

  @Test
  void gathersEvidenceForANodeThatCouldNotBeChecked() {
    prober.answer("redis", Health.unknown("timed out"));
    logs.lines("redis", "ERR max number of clients reached");

    NodeFinding finding = diagnoser(observedTree()).inspect(observed("redis"));

    assertThat(finding.errors()).hasSize(1);
    assertThat(metrics.askedQueries()).containsExactly("redis_connected_clients");
  }

  @Test
  void recordsAGapWhenTheLogsAreUnavailableAndStillReadsTheMetrics() {
    prober.unhealthy("redis");
    logs.answer("redis", new LogReading.Unavailable("Loki timed out after 5s", true));
    Sample clients = new Sample("redis_connected_clients", 300);
    metrics.answer("redis_connected_clients", FakeMetricSource.series(clients));

    NodeFinding finding = diagnoser(observedTree()).inspect(observed("redis"));

    assertThat(finding.gaps()).containsExactly("logs: Loki timed out after 5s");
    assertThat(finding.errors()).isEmpty();
    assertThat(finding.metrics()).containsExactly(clients);
  }

  @Test
  void recordsAGapForEachUnavailableMetric() {
    prober.degraded("redis");
    metrics.answer(
        "redis_connected_clients", new MetricReading.Unavailable("Prometheus said 503", true));

    NodeFinding finding = diagnoser(observedTree()).inspect(observed("redis"));

    assertThat(finding.gaps())
        .containsExactly("metric redis_connected_clients: Prometheus said 503");
    assertThat(finding.metrics()).isEmpty();
  }

  @Test
  void asksForNoLogsOfANodeThatHasNone() {
    prober.unhealthy("plain");

    NodeFinding finding =
        diagnoser(tree(List.of(root("freshness", "plain")), checkedNode("plain")))
            .inspect(checkedNode("plain"));

    assertThat(logs.asked()).isEmpty();
    assertThat(finding.gaps()).isEmpty();
  }

  @Test
  void givesTheSameDiagnosisWithConcurrentChecksAsWithDirectOnesOnALargeTree() {
    Property.forAll(
        5,
        DiagnoserTest::largeCase,
        c -> {
          try (ExecutorService concurrent = Executors.newVirtualThreadPerTaskExecutor()) {
            Diagnoser direct =
                new Diagnoser(c.tree(), c.prober(), logs, metrics, Runnable::run, clock);
            Diagnoser parallel =
                new Diagnoser(c.tree(), c.prober(), logs, metrics, concurrent, clock);
            for (var sla : c.tree().slas()) {
              assertThat(parallel.diagnose(sla.id()))
                  .as(sla.id().toString())
                  .isEqualTo(direct.diagnose(sla.id()));
            }
          }
        });
  }

  /**
   * A 1 000-node tree, one SLA over all of it, every node with a check, and a prober with random
   * health for each.
   */
  private record LargeCase(DependencyTree tree, ScriptedProber prober) {
    @Override
    public String toString() {
      return tree.nodes().size() + " nodes under " + tree.slas().size() + " SLAs";
    }
  }

  private static LargeCase largeCase(Random random) {
    DependencyTree generated = TreeGenerator.ofSize(random, 1_000, 4);
    // The generated SLAs reach a few dozen nodes each; this one walks all of them.
    List<SlaRoot> slas = new ArrayList<>();
    generated.slas().forEach(s -> slas.add(new SlaRoot(s, generated.roots(s.id()))));
    slas.add(
        new SlaRoot(Fixtures.sla("everything"), generated.nodes().stream().map(Node::id).toList()));
    DependencyTree tree =
        DependencyTree.of(slas, generated.nodes().stream().map(Fixtures::withCheck).toList());
    ScriptedProber prober = new ScriptedProber();
    for (Node node : tree.nodes()) {
      String id = node.id().value();
      int roll = random.nextInt(20);
      if (roll < 13) {
        prober.healthy(id);
      } else if (roll < 15) {
        prober.unhealthy(id);
      } else if (roll < 16) {
        prober.degraded(id);
      } else if (roll < 19) {
        prober.answer(id, Health.unknown("timed out"));
      } else {
        prober.failing(id, new IllegalStateException("bug in " + id));
      }
    }
    return new LargeCase(tree, prober);
  }

  private Diagnoser diagnoser(DependencyTree tree) {
    return new Diagnoser(tree, prober, logs, metrics, Runnable::run, clock);
  }

  private static NodeFinding finding(Diagnosis diagnosis, String node) {
    return diagnosis.finding(new NodeId(node)).orElseThrow();
  }

  private static DependencyTree observedTree() {
    return tree(List.of(root("freshness", "redis")), observed("redis"));
  }

  /** A checked node whose logs come from Loki and whose evidence is one metric. */
  private static Node observed(String id) {
    Node plain = Fixtures.checkedNode(id);
    return new Node(
        plain.id(),
        plain.type(),
        plain.description(),
        plain.coordinates(),
        plain.healthcheck(),
        Optional.of(
            new LogSpec(
                Optional.of("{container_name=\"" + id + "\"}"),
                Optional.empty(),
                false,
                LogSpec.DEFAULT_ERROR_PATTERN)),
        List.of(id + "_connected_clients"),
        List.of(),
        plain.limits(),
        plain.notes(),
        plain.dependsOn());
  }
}
