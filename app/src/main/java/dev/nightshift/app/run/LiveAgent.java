package dev.nightshift.app.run;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.http.AgentMetrics;
import dev.nightshift.app.http.AgentView;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.app.learning.PullRequests;
import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.Parts;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The agent against the real systems a configuration names: one client per system, the live ports
 * over them, node checks on virtual threads. Closing it closes the clients.
 */
public final class LiveAgent implements AutoCloseable {

  /** How long the API's view of node health is reused before the nodes are probed again. */
  static final Duration HEALTH_TTL = Duration.ofSeconds(5);

  private final Connections connections;
  private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();
  private final Agent agent;
  private final Config config;
  private final Stores stores;
  private final Sight sight;
  private final LatestSla slas;
  private final CachedHealth health;
  private final Instant startedAt;
  private final LearningDesk learning;

  public LiveAgent(Config config, Stores stores, Notifier notifier, PrintWriter out, Clock clock) {
    this(config, stores, notifier, new AgentMetrics(clock), Reasonings.standard(), out, clock);
  }

  /**
   * The agent, counting what it does in {@code metrics}, asking the model {@code reasonings} opens
   * for what the configuration names about failures no known error explains.
   */
  public LiveAgent(
      Config config,
      Stores stores,
      Notifier notifier,
      AgentMetrics metrics,
      Reasonings reasonings,
      PrintWriter out,
      Clock clock) {
    this.config = config;
    this.stores = stores;
    this.startedAt = clock.instant();
    var settings = config.agent();
    this.connections =
        Connections.open(
            settings.telemetry(),
            config.policy().allowedPrograms(),
            settings.probeTimeout(),
            clock);
    // Redis refuses new connections exactly when it is out of clients, which is when a fix must
    // reach it: the connection each client keeps is opened now, while Redis still accepts one.
    connections.redis.values().forEach(redis -> redis.probe(Optional.empty()));
    Sources sources = new Sources(connections, config.tree());
    this.sight = new Sight(sources, out, clock);
    LiveLogs logs = new LiveLogs(connections, sources, sight, clock);
    Prober prober =
        metrics.timing(
            new LiveProber(
                connections, config.tree(), logs, sources, sight, settings.probeTimeout()),
            (check, where) -> sources.of(check, where, Optional.empty()).orElse(check.method()));
    this.health = new CachedHealth(config.tree(), prober, checks, clock, HEALTH_TTL);
    MetricSource source = connections.prometheus.<MetricSource>map(p -> p).orElse(NO_PROMETHEUS);
    this.slas = new LatestSla(new LiveSli(source, prober, sight), clock);
    this.agent =
        new Agent(
            new Parts(
                config.tree(),
                new dev.nightshift.core.knowledge.KnownErrors(config.knownErrors()),
                config.reader(),
                reasonings.build(config, stores.incidents()),
                config.policy(),
                settings.slaCheckInterval(),
                settings.maxConcurrentIncidents(),
                slas,
                prober,
                logs,
                source,
                new LiveExecutor(connections),
                checks,
                stores,
                metrics.observing(notifier, stores.timeline()),
                clock));
    this.learning =
        LearningDesk.of(
            agent,
            config,
            stores,
            PullRequests.listeners(config, stores.audit(), clock, PullRequests.APART));
  }

  public Agent agent() {
    return agent;
  }

  /** What the API shows of this agent; {@code lastTick} comes from whoever ticks it. */
  public AgentView view(Supplier<Optional<Instant>> lastTick, Duration tickInterval) {
    return new LiveView(
        config,
        stores,
        slas::checks,
        health::now,
        this::blind,
        lastTick,
        tickInterval,
        startedAt,
        agent.investigator(),
        Optional.of(learning));
  }

  private List<AgentView.BlindSource> blind() {
    return sight.dark().entrySet().stream()
        .map(
            e -> new AgentView.BlindSource(e.getKey(), e.getValue().reason(), e.getValue().since()))
        .sorted(java.util.Comparator.comparing(AgentView.BlindSource::source))
        .toList();
  }

  @Override
  public void close() {
    checks.shutdownNow();
    connections.close();
  }

  private static final MetricSource NO_PROMETHEUS =
      new MetricSource() {
        @Override
        public MetricReading query(String promql) {
          return none();
        }

        @Override
        public MetricReading values(MetricCondition condition) {
          return none();
        }

        private MetricReading none() {
          return new MetricReading.Unavailable(
              "no prometheus is configured in nightshift.yaml", false);
        }
      };
}
