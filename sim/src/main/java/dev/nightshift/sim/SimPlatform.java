package dev.nightshift.sim;

import dev.nightshift.core.diagnosis.LogSource;
import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.remediation.Executor;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.SliSource;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Latency;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A platform that exists only in a scenario: its metrics, logs, probes, SLIs and executor behind
 * core's ports, on a virtual clock that every call moves by the scenario's latency. The runner
 * hands the ports to the real pipeline and reads back what reached the platform.
 */
public final class SimPlatform {

  private final VirtualClock clock;
  private final FaultTimeline timeline;
  private final Violations violations;
  private final SimMetrics metrics;
  private final SimLogs logs;
  private final SimProber prober;
  private final SimSli sli;
  private final SimExecutor executor;

  /**
   * @param tree the agent's tree, to find nodes by their probes and SLAs by the nodes they need
   * @param policy the agent's policy, which the platform checks executed actions against
   */
  public SimPlatform(Scenario scenario, DependencyTree tree, Policy policy, VirtualClock clock) {
    this.clock = clock;
    this.timeline = new FaultTimeline(scenario);
    Levels levels = new Levels(scenario, timeline);
    Series series = new Series(levels);
    World world = new World(scenario, timeline);
    Latency latency = scenario.latency();
    this.violations = new Violations(scenario, tree, policy);
    this.metrics = new SimMetrics(series, clock, latency.metrics());
    this.logs = new SimLogs(world, clock, latency.logs());
    this.prober =
        new SimProber(world, new NativeChecks(series, world), tree, clock, latency.healthcheck());
    this.sli = new SimSli(levels, clock, latency.sli());
    this.executor = new SimExecutor(timeline, violations, clock, latency.action());
  }

  public VirtualClock clock() {
    return clock;
  }

  public MetricSource metrics() {
    return metrics;
  }

  public LogSource logs() {
    return logs;
  }

  public Prober prober() {
    return prober;
  }

  public SliSource sli() {
    return sli;
  }

  public Executor executor() {
    return executor;
  }

  /** Tells the platform that a human approved the step, so executing it breaks no rule. */
  public void approvalGranted(IdempotencyKey key) {
    violations.approvalGranted(key);
  }

  /** Every action that reached the platform, in order. */
  public List<ExecutedAction> executed() {
    return executor.executed();
  }

  /** Every policy violation among them, in order. */
  public List<Violation> violations() {
    return violations.all();
  }

  /** The ids of the faults active now. */
  public List<String> activeFaults() {
    return timeline.activeAt(clock.instant()).stream().map(Fault::id).toList();
  }

  /** When an action ended the fault, if one did. */
  public Optional<Instant> clearedAt(String faultId) {
    return timeline.clearedAt(faultId);
  }
}
