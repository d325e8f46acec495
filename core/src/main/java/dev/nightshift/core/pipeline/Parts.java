package dev.nightshift.core.pipeline;

import dev.nightshift.core.diagnosis.LogSource;
import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.knowledge.KnownErrors;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.remediation.Executor;
import dev.nightshift.core.sla.SliSource;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.topology.DependencyTree;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything an agent is built from: the configuration it acts on and the ports it acts through.
 * The app wires the real adapters in; the simulator wires its own.
 *
 * @param knownErrors the configured known errors, joined by learned ones a human approved
 * @param reader reads learned known errors and proposed steps as known_errors.yaml would be read
 * @param reasoning the reasoner for failures no known error explains, if one is configured
 * @param slaInterval how often an SLA without its own interval is measured
 * @param maxConcurrentIncidents how many incidents are worked on at once; more wait, detected
 * @param checks runs a diagnosis' node checks (virtual threads in production, the caller's thread
 *     in the simulator so that a drill replays the same way every time)
 */
public record Parts(
    DependencyTree tree,
    KnownErrors knownErrors,
    KnownErrorReader reader,
    Reasoning reasoning,
    Policy policy,
    Duration slaInterval,
    int maxConcurrentIncidents,
    SliSource sli,
    Prober prober,
    LogSource logs,
    MetricSource metrics,
    Executor executor,
    java.util.concurrent.Executor checks,
    Stores stores,
    Notifier notifier,
    Clock clock) {

  public Parts {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(knownErrors, "knownErrors");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(slaInterval, "slaInterval");
    if (maxConcurrentIncidents < 1) {
      throw new IllegalArgumentException(
          "max concurrent incidents must be at least 1: " + maxConcurrentIncidents);
    }
    Objects.requireNonNull(sli, "sli");
    Objects.requireNonNull(prober, "prober");
    Objects.requireNonNull(logs, "logs");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(stores, "stores");
    Objects.requireNonNull(notifier, "notifier");
    Objects.requireNonNull(clock, "clock");
  }

  /** The known error with this id; incidents only ever name known ones. */
  public KnownError knownError(KnownErrorId id) {
    return knownErrors.require(id);
  }
}
