package dev.nightshift.sim;

import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import dev.nightshift.core.policy.Limits;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.policy.PromotionGate;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.TimeWindow;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import dev.nightshift.core.topology.SlaRoot;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.ClearRule;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Expectations;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Latency;
import dev.nightshift.sim.scenario.Scenario;
import dev.nightshift.sim.scenario.SeriesKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The seed's freshness pipeline as a tree, a permissive policy, and scenario parts, so that each
 * simulator test writes only the faults it is about.
 */
public final class SimFixtures {

  public static final Instant START = Scenario.DEFAULT_START;
  public static final NodeId CONSUMER = new NodeId("kafka_to_redis_consumer");
  public static final NodeId REDIS = new NodeId("redis_instance");
  public static final NodeId INGEST = new NodeId("websocket_ingestion");
  public static final NodeId QUEUE = new NodeId("queue");
  public static final NodeId FEED = new NodeId("upstream_feed");
  public static final SeriesKey CLIENTS = SeriesKey.of("redis_connected_clients");
  public static final SeriesKey LAG =
      key("kafka_consumer_group_lag{group=\"redis-writer-entity\"}");

  private SimFixtures() {}

  public static SeriesKey key(String text) {
    return switch (SeriesKey.parse(text)) {
      case ParseResult.Valid<SeriesKey> v -> v.value();
      case ParseResult.Invalid<SeriesKey> i -> throw new IllegalArgumentException(i.message());
    };
  }

  public static MetricCondition condition(String text) {
    return MetricCondition.parse(text).orThrow();
  }

  /**
   * freshness (high) → consumer → redis, queue; lag (critical) → consumer; ingest and the feed
   * stand apart under their own SLA (low).
   */
  public static DependencyTree tree() {
    Node consumer =
        node(
            CONSUMER,
            NodeType.PROCESS,
            coordinates("primary_kafka_to_redis", "primary_processes", "kafka_to_redis_entity"),
            new Healthcheck.ConsumerLag(
                "redis-writer-entity",
                10_000,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            REDIS,
            QUEUE);
    Node redis =
        node(
            REDIS,
            NodeType.INFRASTRUCTURE,
            coordinates("redis", "", ""),
            new Healthcheck.Redis(
                Optional.of("redis"),
                Optional.of(condition("connected_clients < 280")),
                Optional.empty()));
    Node queue =
        node(
            QUEUE,
            NodeType.SERVICE,
            Coordinates.NONE,
            new Healthcheck.PromQlCondition(condition("queue_depth < 100"), Optional.empty()));
    Node ingest =
        node(
            INGEST,
            NodeType.PROCESS,
            coordinates("primary_websocket_kafka", "primary_processes", "websocket"),
            new Healthcheck.LogRecency(Duration.ofSeconds(30), Optional.empty()),
            FEED);
    Node feed =
        node(
            FEED,
            NodeType.EXTERNAL,
            Coordinates.NONE,
            new Healthcheck.TcpConnect("127.0.0.1", 8765, Optional.empty()));
    return DependencyTree.of(
        List.of(
            new SlaRoot(sla("freshness", Severity.HIGH), List.of(CONSUMER)),
            new SlaRoot(sla("lag", Severity.CRITICAL), List.of(CONSUMER)),
            new SlaRoot(sla("ingest_freshness", Severity.LOW), List.of(INGEST))),
        List.of(consumer, redis, queue, ingest, feed));
  }

  private static Sla sla(String id, Severity severity) {
    Sla sla = Fixtures.sla(id);
    return new Sla(
        sla.id(),
        sla.description(),
        sla.objective(),
        sla.window(),
        sla.gatusCheck(),
        sla.alerts(),
        sla.sli(),
        severity,
        sla.interval());
  }

  private static Node node(
      NodeId id, NodeType type, Coordinates where, Healthcheck check, NodeId... dependsOn) {
    LogSpec logs =
        new LogSpec(Optional.of("{job=\"" + id + "\"}"), Optional.empty(), false, "ERROR|FATAL");
    return new Node(
        id,
        type,
        "",
        where,
        Optional.of(check),
        type == NodeType.EXTERNAL ? Optional.empty() : Optional.of(logs),
        List.of(),
        List.of(),
        Map.of(),
        Optional.empty(),
        List.of(dependsOn));
  }

  private static Coordinates coordinates(String container, String group, String process) {
    return new Coordinates(
        Optional.of(container),
        Optional.empty(),
        Optional.of(group).filter(g -> !g.isEmpty()),
        Optional.of(process).filter(p -> !p.isEmpty()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.of(container).filter("redis"::equals));
  }

  /** Autonomous for every severity, full autonomy for every class, no cooldown, no freeze. */
  public static Policy policy() {
    Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      phases.put(s, Phase.AUTONOMOUS);
    }
    Map<ActionClass, ClassPolicy> classes = new EnumMap<>(ActionClass.class);
    for (ActionClass c : ActionClass.values()) {
      classes.put(c, ClassPolicy.of(new Autonomy.Full()));
    }
    return new Policy(
        phases,
        classes,
        new Limits(Duration.ZERO, 100, 3, 1.0, Duration.ofMinutes(30)),
        List.of(),
        new PromotionGate(0, 0, 0),
        Set.of("redis-cli"),
        false);
  }

  /** A scenario of these faults over this baseline, with no latency and no expectations. */
  public static Scenario scenario(Baseline baseline, Fault... faults) {
    return new Scenario(
        "test",
        Path.of("/config"),
        Optional.empty(),
        Optional.empty(),
        Duration.ofMinutes(20),
        START,
        Scenario.DEFAULT_TICK,
        Latency.NONE,
        baseline,
        List.of(faults),
        List.of(),
        List.of(),
        Expectations.NOTHING,
        Path.of("/test.yaml"));
  }

  /** The scenario with other controls (phase, kill switch) and latency. */
  public static Scenario with(
      Scenario s, Optional<Phase> phase, Optional<Boolean> killSwitch, Latency latency) {
    return new Scenario(
        s.name(),
        s.configPath(),
        phase,
        killSwitch,
        s.duration(),
        s.start(),
        s.tick(),
        latency,
        s.baseline(),
        s.faults(),
        s.approvals(),
        s.alerts(),
        s.expect(),
        s.source());
  }

  /** A fault at {@code at} with effects on nodes only. */
  public static Fault fault(
      String id, Duration at, Map<NodeId, Effect> effects, ClearRule... rules) {
    return new Fault(id, at, effects, Map.of(), List.of(rules), Optional.empty(), Duration.ZERO);
  }

  /** The rule: docker_exec on redis running a CLIENT KILL. */
  public static ClearRule clientKill() {
    return new ClearRule(
        "docker_exec",
        Optional.of("redis"),
        Map.of("command", Pattern.compile("redis-cli CLIENT KILL.*")));
  }

  public static DockerExec dockerExec(String container, String... command) {
    return new DockerExec(
        Target.of(Optional.of(REDIS), "container", container),
        container,
        List.of(command),
        ActionClass.KILL_CONNECTIONS,
        Optional.empty());
  }

  public static SupervisorRestart restartConsumer() {
    return new SupervisorRestart(
        Target.of(Optional.of(CONSUMER), "process", "primary_processes:kafka_to_redis_entity"),
        Optional.empty(),
        "primary_processes:kafka_to_redis_entity",
        Optional.empty());
  }

  public static IdempotencyKey step(int step) {
    return IdempotencyKey.of(1, 1, step);
  }

  /** A platform over the tree and policy above, on a clock at the scenario's start. */
  public static SimPlatform platform(Scenario scenario, Policy policy) {
    return new SimPlatform(scenario, tree(), policy, new VirtualClock(scenario.start()));
  }

  public static SimPlatform platform(Scenario scenario) {
    return platform(scenario, policy());
  }

  /** The business-hours window of the example configuration. */
  public static TimeWindow businessHours() {
    return new TimeWindow.Weekly(
        "BUSINESS",
        Set.of(
            java.time.DayOfWeek.MONDAY,
            java.time.DayOfWeek.TUESDAY,
            java.time.DayOfWeek.WEDNESDAY,
            java.time.DayOfWeek.THURSDAY,
            java.time.DayOfWeek.FRIDAY),
        8 * 60,
        18 * 60,
        java.time.ZoneId.of("Europe/London"));
  }
}
