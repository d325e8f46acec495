package dev.nightshift.sim.drill;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.knowledge.KnownErrors;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.ExternalAlert;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Parts;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.sim.ScriptedReasoner;
import dev.nightshift.sim.SimPlatform;
import dev.nightshift.sim.VirtualClock;
import dev.nightshift.sim.scenario.Scenario;
import dev.nightshift.sim.scenario.ScheduledAlert;
import dev.nightshift.sim.scenario.ScheduledApproval;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one scenario: the real {@link Agent}, unmodified, against the simulated platform on a
 * virtual clock, with in-memory stores. Each tick the runner hands due alerts, approval decisions
 * and decisions on learned known errors to the agent, lets it tick, and moves the clock to the next
 * tick (or leaves it where the simulated calls' latency has already moved it).
 */
public final class DrillRunner {

  private static final int RECENT_APPROVALS = 20;

  private DrillRunner() {}

  /**
   * Someone watching a run as it goes (the demo, which paces it and shows it in the web UI). Both
   * methods are called on the drill's thread, between ticks.
   */
  public interface Watcher {

    /** Once, before the first tick: the agent and the simulated platform it runs against. */
    default void started(Agent agent, SimPlatform platform) {}

    /** After every tick, with the virtual time. */
    void ticked(Instant now);
  }

  /** Runs the scenario to its end and returns what happened, ready to score. */
  public static DrillRun run(Scenario scenario, AgentSetup setup, Notifier notifier) {
    return run(
        scenario,
        setup,
        notifier,
        MemoryStores.create(),
        new VirtualClock(scenario.start()),
        tick -> {});
  }

  /**
   * Runs with the given stores on {@code clock} (which must read the scenario's start), telling
   * {@code watcher} as it goes.
   */
  public static DrillRun run(
      Scenario scenario,
      AgentSetup setup,
      Notifier notifier,
      Stores stores,
      VirtualClock clock,
      Watcher watcher) {
    if (!clock.instant().equals(scenario.start())) {
      throw new IllegalArgumentException(
          "the clock reads " + clock.instant() + ", not the scenario's start " + scenario.start());
    }
    Policy policy = effectivePolicy(scenario, setup.policy());
    SimPlatform platform = new SimPlatform(scenario, setup.tree(), policy, clock);
    Agent agent =
        agent(
            new AgentSetup(
                setup.tree(),
                setup.knownErrors(),
                setup.reader(),
                setup.reasoning(),
                policy,
                setup.slaInterval(),
                setup.maxConcurrentIncidents()),
            platform,
            stores,
            notifier);
    watcher.started(agent, platform);
    Deque<ScheduledAlert> alerts = sorted(scenario.alerts(), ScheduledAlert::at);
    Deque<ScheduledApproval> approvals = sorted(scenario.approvals(), ScheduledApproval::at);
    LearningDecisions learning = new LearningDecisions(scenario.learning(), scenario.start());
    int askedBefore = asked(setup);
    Instant end = scenario.start().plus(scenario.duration());
    Instant next = scenario.start();
    while (clock.instant().isBefore(end)) {
      Instant now = clock.instant();
      while (!alerts.isEmpty() && !now.isBefore(scenario.start().plus(alerts.peek().at()))) {
        agent.alert(toAlert(alerts.poll()));
      }
      decideApprovals(approvals, scenario.start(), now, stores);
      noteApprovalsGranted(stores, platform);
      learning.decide(now, agent.learning(), stores);
      agent.tick();
      watcher.ticked(clock.instant());
      next = next.plus(scenario.tick());
      if (clock.instant().isBefore(next)) {
        clock.advanceTo(next);
      } else {
        next = clock.instant();
      }
    }
    List<Incident> incidents =
        stores.incidents().recent(Integer.MAX_VALUE).stream()
            .sorted(Comparator.comparing(Incident::id))
            .toList();
    return new DrillRun(scenario, incidents, stores, platform, asked(setup) - askedBefore);
  }

  // Counted by the scripted reasoner itself, not by the agent: a setup may be reused, so the
  // difference is this run's.
  private static int asked(AgentSetup setup) {
    return setup.reasoning().reasoner().stream()
        .filter(ScriptedReasoner.class::isInstance)
        .mapToInt(r -> ((ScriptedReasoner) r).asked())
        .sum();
  }

  /** The real agent wired to the simulated platform and its virtual clock. */
  public static Agent agent(
      AgentSetup setup, SimPlatform platform, Stores stores, Notifier notifier) {
    return new Agent(
        new Parts(
            setup.tree(),
            new KnownErrors(setup.knownErrors()),
            setup.reader(),
            setup.reasoning(),
            setup.policy(),
            setup.slaInterval(),
            setup.maxConcurrentIncidents(),
            platform.sli(),
            platform.prober(),
            platform.logs(),
            platform.metrics(),
            platform.executor(),
            Runnable::run,
            stores,
            notifier,
            platform.clock()));
  }

  // A scheduled decision answers the oldest request waiting at its time, or the next one made.
  private static void decideApprovals(
      Deque<ScheduledApproval> approvals, Instant start, Instant now, Stores stores) {
    while (!approvals.isEmpty() && !now.isBefore(start.plus(approvals.peek().at()))) {
      List<Approval> pending = stores.approvals().pending();
      if (pending.isEmpty()) {
        return;
      }
      ScheduledApproval decision = approvals.poll();
      Approval request = pending.getFirst();
      boolean approve = decision.decision() == ScheduledApproval.Decision.APPROVE;
      stores
          .approvals()
          .decide(
              request.key(), approve ? ApprovalState.APPROVED : ApprovalState.DENIED, "drill", now);
    }
  }

  // A human may also answer through the API or the CLI (the demo serves the web UI): the
  // simulator's safety check must know every approval granted, not only the scheduled ones.
  private static void noteApprovalsGranted(Stores stores, SimPlatform platform) {
    for (Approval a : stores.approvals().recent(RECENT_APPROVALS)) {
      if (a.state() == ApprovalState.APPROVED) {
        platform.approvalGranted(a.key());
      }
    }
  }

  private static ExternalAlert toAlert(ScheduledAlert alert) {
    return switch (alert) {
      case ScheduledAlert.ForSla s ->
          ExternalAlert.forSla("drill", s.sla(), "alert for " + s.sla());
      case ScheduledAlert.ForNode n ->
          ExternalAlert.forNode("drill", n.node(), "alert for " + n.node());
    };
  }

  /** The config's policy with the scenario's phase and kill switch, when it sets them. */
  static Policy effectivePolicy(Scenario scenario, Policy policy) {
    Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      phases.put(s, scenario.phase().orElse(policy.phase(s)));
    }
    return new Policy(
        phases,
        policy.classes(),
        policy.limits(),
        policy.freezeWindows(),
        policy.promotion(),
        policy.allowedPrograms(),
        scenario.killSwitch().orElse(policy.killSwitch()));
  }

  private static <T> Deque<T> sorted(
      List<T> items, java.util.function.Function<T, java.time.Duration> at) {
    return new ArrayDeque<>(items.stream().sorted(Comparator.comparing(at)).toList());
  }
}
