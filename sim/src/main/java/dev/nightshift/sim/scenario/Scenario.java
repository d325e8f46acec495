package dev.nightshift.sim.scenario;

import dev.nightshift.core.policy.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One drill: the agent configuration it runs, the healthy platform, the faults injected over time,
 * the approvals and alerts a runner plays in, and what the agent is expected to do.
 *
 * @param configPath the agent's configuration, resolved against the scenario file's directory
 * @param phase a rollout phase for every severity, overriding the policy's
 * @param killSwitch the kill switch at the start, overriding the policy's
 * @param duration how much virtual time the drill may take
 * @param start the virtual clock's first instant; {@link #DEFAULT_START} unless the scenario says
 * @param tick the runner's step between two calls of the agent
 * @param source the scenario file
 * @param reasoner what a scripted reasoner answers, when the agent in this drill has one
 * @param learning the decisions a human takes on known errors the agent proposes
 */
public record Scenario(
    String name,
    Path configPath,
    Optional<Phase> phase,
    Optional<Boolean> killSwitch,
    Duration duration,
    Instant start,
    Duration tick,
    Latency latency,
    Baseline baseline,
    List<Fault> faults,
    List<ScheduledApproval> approvals,
    List<ScheduledAlert> alerts,
    Expectations expect,
    Path source,
    Optional<ReasonerScript> reasoner,
    List<ScheduledLearning> learning) {

  /**
   * Monday 2 March 2026, 09:00 UTC (09:00 in London, before summer time): inside the usual business
   * hours (mon-fri 08:00-18:00 Europe/London), so SLAs with such a window are in force.
   */
  public static final Instant DEFAULT_START = Instant.parse("2026-03-02T09:00:00Z");

  /** The runner calls the agent once per simulated second unless the scenario says otherwise. */
  public static final Duration DEFAULT_TICK = Duration.ofSeconds(1);

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(configPath, "configPath");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(killSwitch, "killSwitch");
    requirePositive(duration, "duration");
    Objects.requireNonNull(start, "start");
    requirePositive(tick, "tick");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(baseline, "baseline");
    faults = List.copyOf(faults);
    approvals = List.copyOf(approvals);
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(expect, "expect");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reasoner, "reasoner");
    learning = List.copyOf(learning);
    Set<String> ids = new HashSet<>();
    faults.forEach(f -> {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("fault '" + f.id() + "' is defined twice");
      }
    });
  }

  /** A scenario without a reasoner and without learning decisions. */
  public Scenario(
      String name,
      Path configPath,
      Optional<Phase> phase,
      Optional<Boolean> killSwitch,
      Duration duration,
      Instant start,
      Duration tick,
      Latency latency,
      Baseline baseline,
      List<Fault> faults,
      List<ScheduledApproval> approvals,
      List<ScheduledAlert> alerts,
      Expectations expect,
      Path source) {
    this(
        name,
        configPath,
        phase,
        killSwitch,
        duration,
        start,
        tick,
        latency,
        baseline,
        faults,
        approvals,
        alerts,
        expect,
        source,
        Optional.empty(),
        List.of());
  }

  /** The instant {@code offset} after the start. */
  public Instant at(Duration offset) {
    return start.plus(offset);
  }

  /** When the drill ends at the latest. */
  public Instant end() {
    return at(duration);
  }

  /** When the first fault starts, from which detection latency is measured. */
  public Optional<Instant> firstFaultAt() {
    return faults.stream().map(Fault::at).min(Duration::compareTo).map(this::at);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
