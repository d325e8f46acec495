package dev.nightshift.app.run;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.http.AgentView;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The running agent as the API sees it: each live value read from the part that knows it. */
record LiveView(
    Config config,
    Stores stores,
    Supplier<Map<SlaId, SlaCheck>> checks,
    Supplier<Map<NodeId, NodeHealth>> health,
    Supplier<List<BlindSource>> blind,
    Supplier<Optional<Instant>> ticks,
    Duration tickInterval,
    Instant startedAt,
    Optional<Investigator> investigator,
    Optional<LearningDesk> learning)
    implements AgentView {

  @Override
  public Map<SlaId, SlaCheck> slaChecks() {
    return checks.get();
  }

  @Override
  public Map<NodeId, NodeHealth> nodeHealth() {
    return health.get();
  }

  @Override
  public List<BlindSource> blindSources() {
    return blind.get();
  }

  @Override
  public Optional<Instant> lastTick() {
    return ticks.get();
  }
}
