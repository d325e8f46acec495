package dev.nightshift.app.http;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shipped example's configuration over memory stores, with settable live data. */
final class FakeAgentView implements AgentView {

  static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");

  private final Config config =
      new ConfigLoader(name -> Optional.empty()).load(EXAMPLE).config().orElseThrow();
  private final Stores stores = MemoryStores.create();
  private final Instant startedAt;
  private final LearningDesk learning;
  volatile Map<SlaId, SlaCheck> checks = Map.of();
  volatile Map<NodeId, NodeHealth> health = Map.of();
  volatile List<BlindSource> blind = List.of();
  volatile Optional<Instant> lastTick = Optional.empty();
  volatile Optional<Investigator> investigator = Optional.empty();

  FakeAgentView(Instant startedAt) {
    this.startedAt = startedAt;
    this.learning =
        LearningDesk.local(
            config, stores, java.time.Clock.fixed(startedAt.plusSeconds(60), ZoneOffset.UTC));
  }

  @Override
  public Optional<LearningDesk> learning() {
    return Optional.of(learning);
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
    return blind;
  }

  @Override
  public Optional<Instant> lastTick() {
    return lastTick;
  }

  @Override
  public Duration tickInterval() {
    return Duration.ofSeconds(1);
  }

  @Override
  public Instant startedAt() {
    return startedAt;
  }

  @Override
  public Optional<Investigator> investigator() {
    return investigator;
  }
}
