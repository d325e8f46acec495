package dev.nightshift.app.cli;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.http.AgentView;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.core.diagnosis.Diagnoser;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.SlaMonitor;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.SimPlatform;
import dev.nightshift.sim.drill.DrillRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo as the API sees it. The simulated platform is only touched on the drill's thread, so
 * SLAs and node health are measured there, between ticks, and the API reads the latest snapshot.
 */
final class DemoView implements AgentView, DrillRunner.Watcher {

  private static final Duration REFRESH = Duration.ofSeconds(5);

  private final Config config;
  private final Stores stores;
  private final Clock clock;
  private final Duration tick;
  private final Instant startedAt;
  private final DrillRunner.Watcher next;
  private volatile Map<SlaId, SlaCheck> checks = Map.of();
  private volatile Map<NodeId, NodeHealth> health = Map.of();
  private volatile Optional<Instant> lastTick = Optional.empty();
  private volatile Optional<Investigator> investigator = Optional.empty();
  private volatile Optional<LearningDesk> learning = Optional.empty();
  private SlaMonitor monitor;
  private Diagnoser diagnoser;
  private Instant refreshed = Instant.MIN;

  /**
   * @param next the watcher that paces the run, told of every tick after this one
   */
  DemoView(Config config, Stores stores, Clock clock, Duration tick, DrillRunner.Watcher next) {
    this.config = config;
    this.stores = stores;
    this.clock = clock;
    this.tick = tick;
    this.startedAt = clock.instant();
    this.next = next;
  }

  @Override
  public void started(Agent agent, SimPlatform platform) {
    investigator = agent.investigator();
    monitor = new SlaMonitor(config.tree().slas(), tick, platform.sli(), clock);
    diagnoser =
        new Diagnoser(
            config.tree(),
            platform.prober(),
            platform.logs(),
            platform.metrics(),
            Runnable::run,
            clock);
    learning = Optional.of(LearningDesk.of(agent, config, stores, List.of()));
    next.started(agent, platform);
  }

  @Override
  public Optional<Investigator> investigator() {
    return investigator;
  }

  @Override
  public void ticked(Instant now) {
    lastTick = Optional.of(now);
    if (!now.isBefore(refreshed.plus(REFRESH))) {
      refreshed = now;
      Map<SlaId, SlaCheck> measured = new LinkedHashMap<>();
      for (Sla sla : config.tree().slas()) {
        measured.put(sla.id(), monitor.measure(sla));
      }
      Map<NodeId, NodeHealth> probed = new LinkedHashMap<>();
      for (Node node : config.tree().nodes()) {
        probed.put(node.id(), new NodeHealth(diagnoser.health(node), now));
      }
      checks = Map.copyOf(measured);
      health = Map.copyOf(probed);
    }
    next.ticked(now);
  }

  @Override
  public Config config() {
    return config;
  }

  @Override
  public Stores stores() {
    return stores;
  }

  @Override
  public Map<SlaId, SlaCheck> slaChecks() {
    return checks;
  }

  @Override
  public Map<NodeId, NodeHealth> nodeHealth() {
    return health;
  }

  @Override
  public List<BlindSource> blindSources() {
    return List.of(); // the simulator is never out of sight
  }

  @Override
  public Optional<Instant> lastTick() {
    return lastTick;
  }

  @Override
  public Duration tickInterval() {
    return tick;
  }

  @Override
  public Instant startedAt() {
    return startedAt;
  }

  @Override
  public Optional<LearningDesk> learning() {
    return learning;
  }
}
