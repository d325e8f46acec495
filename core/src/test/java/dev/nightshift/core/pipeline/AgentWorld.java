package dev.nightshift.core.pipeline;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.History;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.knowledge.KnownErrors;
import dev.nightshift.core.knowledge.LogPattern;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import dev.nightshift.core.policy.Limits;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.policy.PromotionGate;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.sla.TimeWindow;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.testing.FakeLogSource;
import dev.nightshift.core.testing.FakeMetricSource;
import dev.nightshift.core.testing.FakeSliSource;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.testing.ManualClock;
import dev.nightshift.core.testing.RecordingExecutor;
import dev.nightshift.core.testing.ScriptedProber;
import dev.nightshift.core.testing.ScriptedReader;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import dev.nightshift.core.topology.SlaRoot;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small platform for timeline tests of the {@link Agent}: an SLA whose freshness depends on a
 * consumer that writes to Redis, the seed's known error of Redis running out of clients, fakes for
 * every port, in-memory stores and a manual clock that only the test moves.
 *
 * <p>Unless a test changes it, every severity is autonomous, every action class acts in full, the
 * cooldown is 5 minutes, an incident gets 2 attempts and an approval request waits 10 minutes.
 * Nothing is broken until a test says so; {@link #redisOutOfClients()} is the usual breakage.
 */
final class AgentWorld {

  /** A Monday, 10:00 UTC: t=0 of every timeline. */
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  /** How often the test ticks the agent: the pipeline's own polling interval. */
  static final Duration TICK = IncidentPipeline.POLL;

  static final Duration SLA_INTERVAL = Duration.ofSeconds(15);

  static final String FRESHNESS = "freshness";
  static final String GATUS_CHECK = "freshness-e2e";
  static final String CONSUMER = "consumer";
  static final String REDIS = "redis";

  static final String MAX_CLIENTS_LINE = "ERR max number of clients reached";
  static final MetricCondition TOO_MANY_CLIENTS = condition("redis_connected_clients > 280");
  static final MetricCondition FEW_CLIENTS = condition("redis_connected_clients < 100");
  static final String CLIENTS_QUERY = "redis_connected_clients";

  static final DockerExec KILL_IDLE_CLIENTS =
      new DockerExec(
          Target.of(Optional.of(new NodeId(REDIS)), "container", REDIS),
          REDIS,
          List.of("redis-cli", "CLIENT", "KILL", "MAXAGE", "300"),
          ActionClass.KILL_CONNECTIONS,
          Optional.of("drop idle clients"));

  static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(60);

  static final KnownErrorId KE_001 = new KnownErrorId("ke-001");

  /** The seed's ke-001: Redis out of clients, all three signals; kill idle clients, verify. */
  static final KnownError REDIS_OUT_OF_CLIENTS =
      knownError(
          KE_001.value(),
          new Signature(
              new NodeId(REDIS),
              Optional.of(LogPattern.of("max number of clients reached")),
              Optional.of(TOO_MANY_CLIENTS)),
          new Fix(
              FixType.AUTOMATED,
              List.of(
                  KILL_IDLE_CLIENTS,
                  new Step.Verify(FEW_CLIENTS, VERIFY_TIMEOUT, Optional.empty()))));

  final ManualClock clock = new ManualClock(T0);
  final FakeSliSource sli = new FakeSliSource();
  final ScriptedProber prober = new ScriptedProber();
  final FakeLogSource logs = new FakeLogSource();
  final FakeMetricSource metrics = new FakeMetricSource();
  final RecordingExecutor executor = new RecordingExecutor();
  final Stores stores = MemoryStores.create();
  final List<Incident> notified = new CopyOnWriteArrayList<>();

  final Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
  final Map<ActionClass, ClassPolicy> classes = new EnumMap<>(ActionClass.class);
  int attempts = 2;
  int maxConcurrentIncidents = 4;
  Duration cooldown = Duration.ofMinutes(5);
  Duration approvalTimeout = Duration.ofMinutes(10);
  DependencyTree tree = freshnessTree();
  List<KnownError> knownErrors = List.of(REDIS_OUT_OF_CLIENTS);
  ScriptedReader reader = new ScriptedReader();
  Reasoning reasoning = Reasoning.NONE;

  private Agent agent;

  AgentWorld() {
    for (Severity severity : Severity.values()) {
      phases.put(severity, Phase.AUTONOMOUS);
    }
    for (ActionClass actionClass : ActionClass.values()) {
      classes.put(actionClass, ClassPolicy.of(new Autonomy.Full()));
    }
  }

  // ---- the platform ----

  /** freshness → consumer → redis; both nodes checked, Redis with logs and a client metric. */
  static DependencyTree freshnessTree() {
    return DependencyTree.of(
        List.of(new SlaRoot(sla(FRESHNESS, Optional.of(GATUS_CHECK)), Fixtures.ids(CONSUMER))),
        List.of(Fixtures.checkedNode(CONSUMER, REDIS), redis()));
  }

  /** Redis as the tree knows it: checked, its logs read through supervisord, clients collected. */
  static Node redis() {
    return new Node(
        new NodeId(REDIS),
        NodeType.DATABASE,
        "",
        Coordinates.NONE,
        Optional.of(Fixtures.check(REDIS)),
        Optional.of(
            new LogSpec(Optional.empty(), Optional.empty(), true, LogSpec.DEFAULT_ERROR_PATTERN)),
        List.of(CLIENTS_QUERY),
        List.of(),
        Map.of(),
        Optional.empty(),
        List.of());
  }

  /** A measured SLA, objective below 60 s, always in force, severity high. */
  static Sla sla(String id, Optional<String> gatusCheck) {
    return new Sla(
        new SlaId(id),
        id + " of the entity data",
        Fixtures.OBJECTIVE,
        TimeWindow.always(),
        gatusCheck,
        List.of(),
        Optional.of(new Sli.Query(id + "_sli")),
        Severity.HIGH,
        Optional.empty());
  }

  static KnownError knownError(String id, Signature signature, Fix fix) {
    return new KnownError(
        new KnownErrorId(id),
        signature,
        "the cause " + id + " names",
        fix,
        Severity.HIGH,
        History.NONE);
  }

  static MetricCondition condition(String text) {
    return MetricCondition.parse(text).orThrow();
  }

  /** The seed's incident: freshness at 90 s, Redis refusing clients, the consumer failing. */
  AgentWorld redisOutOfClients() {
    sli.reads(FRESHNESS, 90);
    prober.unhealthy(CONSUMER, REDIS);
    logs.lines(REDIS, MAX_CLIENTS_LINE);
    return clients(300);
  }

  /** Redis has {@code count} clients connected, as every query and condition on it sees. */
  AgentWorld clients(double count) {
    Sample sample = new Sample("redis_connected_clients{instance=\"redis\"}", count);
    metrics.answer(CLIENTS_QUERY, FakeMetricSource.series(sample));
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(sample));
    metrics.answer(FEW_CLIENTS, FakeMetricSource.series(sample));
    return this;
  }

  Policy policy() {
    return new Policy(
        phases,
        classes,
        new Limits(cooldown, 10, attempts, 1.0, approvalTimeout),
        List.of(),
        new PromotionGate(0, 0, 0),
        Set.of("redis-cli", "supervisorctl"),
        false);
  }

  Parts parts() {
    return new Parts(
        tree,
        new KnownErrors(knownErrors),
        reader,
        reasoning,
        policy(),
        SLA_INTERVAL,
        maxConcurrentIncidents,
        sli,
        prober,
        logs,
        metrics,
        executor,
        Runnable::run,
        stores,
        Notifier.onClose((incident, report) -> notified.add(incident)),
        clock);
  }

  // ---- the timeline ----

  /** Moves the clock to {@code t} after {@link #T0} and ticks once there. */
  void at(Duration t) {
    clock.advanceTo(T0.plus(t));
    agent().tick();
  }

  /** Ticks every {@link #TICK} from now until {@code t} after {@link #T0}, that tick included. */
  void runTo(Duration t) {
    Instant end = T0.plus(t);
    while (clock.instant().isBefore(end)) {
      Duration left = Duration.between(clock.instant(), end);
      clock.advance(left.compareTo(TICK) < 0 ? left : TICK);
      agent().tick();
    }
  }

  /** A new agent over the same stores and platform, as after a restart of the daemon. */
  void restart() {
    agent = new Agent(parts());
  }

  Agent agent() {
    if (agent == null) {
      agent = new Agent(parts());
    }
    return agent;
  }

  // ---- what happened ----

  Incident incident(long id) {
    return stores.incidents().find(new IncidentId(id)).orElseThrow();
  }

  IncidentState state(long id) {
    return incident(id).state();
  }

  List<Incident> incidents() {
    return stores.incidents().recent(Integer.MAX_VALUE).reversed();
  }

  List<TimelineEvent> events(long id) {
    return stores.timeline().events(new IncidentId(id));
  }

  List<EventType> types(long id) {
    return events(id).stream().map(TimelineEvent::type).toList();
  }

  List<String> messages(long id, EventType type) {
    return events(id).stream().filter(e -> e.type() == type).map(TimelineEvent::message).toList();
  }

  /** The one message of {@code type}; fails if there is none or more than one. */
  String message(long id, EventType type) {
    List<String> all = messages(id, type);
    if (all.size() != 1) {
      throw new AssertionError("expected one " + type + " event but found " + all);
    }
    return all.getFirst();
  }

  List<ActionRecord> actions(long id) {
    return stores.actions().forIncident(id);
  }

  KnownErrorStats stats(KnownErrorId id) {
    return stores.knownErrors().find(id).orElseThrow();
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }

  static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }
}
