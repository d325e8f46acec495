package dev.nightshift.core.diagnosis;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Walks the tree under an SLA: checks every node (concurrently, on the injected executor: the
 * checks are independent reads), gathers the evidence of the ones that are not healthy, and locates
 * the root cause.
 */
public final class Diagnoser {

  /** How far back the walk reads a node's error lines, as the seed does. */
  public static final Duration LOG_WINDOW = Duration.ofMinutes(15);

  private final DependencyTree tree;
  private final Prober prober;
  private final LogSource logs;
  private final MetricSource metrics;
  private final Executor checks;
  private final Clock clock;

  public Diagnoser(
      DependencyTree tree,
      Prober prober,
      LogSource logs,
      MetricSource metrics,
      Executor checks,
      Clock clock) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.prober = Objects.requireNonNull(prober, "prober");
    this.logs = Objects.requireNonNull(logs, "logs");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.checks = Objects.requireNonNull(checks, "checks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Diagnosis diagnose(SlaId sla) {
    Instant started = clock.instant();
    List<CompletableFuture<NodeFinding>> pending = new ArrayList<>();
    for (NodeId id : tree.walk(sla)) {
      Node node = tree.require(id);
      pending.add(CompletableFuture.supplyAsync(() -> inspect(node), checks));
    }
    List<NodeFinding> findings = pending.stream().map(CompletableFuture::join).toList();
    return new Diagnosis(sla, started, clock.instant(), findings, Localiser.locate(tree, findings));
  }

  /** One node: its healthcheck, then, unless it is healthy, its recent errors and metrics. */
  public NodeFinding inspect(Node node) {
    Health health = health(node);
    if (health.status() == HealthStatus.HEALTHY) {
      return new NodeFinding(node.id(), health, List.of(), List.of(), List.of());
    }
    List<String> gaps = new ArrayList<>();
    List<LogLine> errors = new ArrayList<>();
    if (node.logs().isPresent()) {
      switch (guardedLogs(node)) {
        case LogReading.Lines l -> errors.addAll(l.lines());
        case LogReading.Unavailable u -> gaps.add("logs: " + u.reason());
      }
    }
    List<Sample> samples = new ArrayList<>();
    for (String query : node.metrics()) {
      switch (guardedQuery(query)) {
        case MetricReading.Values v -> samples.addAll(v.samples());
        case MetricReading.Unavailable u -> gaps.add("metric " + query + ": " + u.reason());
      }
    }
    return new NodeFinding(node.id(), health, errors, samples, gaps);
  }

  /** The node's healthcheck now; a node without one is unknown, never assumed healthy. */
  public Health health(Node node) {
    return node.healthcheck()
        .map(check -> guarded(() -> prober.check(check, node.coordinates())))
        .orElseGet(() -> Health.unknown("no healthcheck is defined for this node"));
  }

  // A source that throws is a bug in an adapter; the walk records it and goes on.
  private static Health guarded(java.util.function.Supplier<Health> check) {
    try {
      return check.get();
    } catch (RuntimeException e) {
      return Health.unknown("the check failed: " + describe(e));
    }
  }

  private LogReading guardedLogs(Node node) {
    try {
      return logs.recentErrors(node, LOG_WINDOW);
    } catch (RuntimeException e) {
      return new LogReading.Unavailable("the log source failed: " + describe(e), false);
    }
  }

  private MetricReading guardedQuery(String query) {
    try {
      return metrics.query(query);
    } catch (RuntimeException e) {
      return new MetricReading.Unavailable("the metric source failed: " + describe(e), false);
    }
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
