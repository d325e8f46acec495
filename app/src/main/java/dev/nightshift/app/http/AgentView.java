package dev.nightshift.app.http;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the API may see of a running agent: its configuration, its stores and what it last saw. The
 * live agent and the demo each provide one; the API never reaches into the agent otherwise.
 */
public interface AgentView {

  Config config();

  Stores stores();

  /** The latest measurement of each SLA; one not measured yet is absent. */
  Map<SlaId, SlaCheck> slaChecks();

  /** Each node's health, probed at most every few seconds however often the UI asks. */
  Map<NodeId, NodeHealth> nodeHealth();

  /** The telemetry sources that cannot be read now. */
  List<BlindSource> blindSources();

  /** When the agent last finished a tick; empty before the first. */
  Optional<Instant> lastTick();

  /** How often the agent ticks: /readyz fails after three missed ticks. */
  Duration tickInterval();

  Instant startedAt();

  /** The reasoner behind its budgets, when one is configured. */
  default Optional<Investigator> investigator() {
    return Optional.empty();
  }

  /**
   * The running agent's learning desk, where approving a learned known error activates it at once;
   * empty while the agent starts, or where no agent runs.
   */
  default Optional<LearningDesk> learning() {
    return Optional.empty();
  }

  /** A node's health as of a probe. */
  record NodeHealth(Health health, Instant checkedAt) {
    public NodeHealth {
      Objects.requireNonNull(health, "health");
      Objects.requireNonNull(checkedAt, "checkedAt");
    }
  }

  /** A source the agent cannot read: since when and why. */
  record BlindSource(String source, String reason, Instant since) {
    public BlindSource {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(since, "since");
    }
  }
}
