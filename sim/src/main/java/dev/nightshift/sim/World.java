package dev.nightshift.sim;

import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What each node of the simulated platform shows at an instant: the health a scenario fixes for it,
 * whether it still logs, and the error lines it has written.
 */
final class World {

  /** A line the scenario gives is written again this often while its effect is in force. */
  static final Duration LOG_PERIOD = Duration.ofSeconds(5);

  /** A health the scenario fixes, and where it comes from (a fault's id, or the baseline). */
  record Fixed(HealthStatus status, String source) {
    Fixed {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(source, "source");
    }
  }

  private final Scenario scenario;
  private final FaultTimeline timeline;

  World(Scenario scenario, FaultTimeline timeline) {
    this.scenario = scenario;
    this.timeline = timeline;
  }

  /**
   * The health fixed for a node: the worst one its active effects give; if they give none, its
   * check decides; with no active effect, the baseline's if it gives one.
   */
  Optional<Fixed> fixedHealth(NodeId node, Instant at) {
    List<Fault> touching = touching(node, at);
    Optional<Fixed> worst =
        touching.stream()
            .flatMap(f -> f.effects().get(node).health().map(h -> new Fixed(h, f.id())).stream())
            .max(Comparator.comparingInt(f -> badness(f.status())));
    if (worst.isPresent() || !touching.isEmpty()) {
      return worst;
    }
    return baseline(node).health().map(h -> new Fixed(h, "baseline"));
  }

  /** The active faults with an effect on the node, by start time. */
  List<Fault> touching(NodeId node, Instant at) {
    return timeline.activeAt(at).stream().filter(f -> f.effects().containsKey(node)).toList();
  }

  /** Since when the node has written nothing; empty while it logs (nodes log continuously). */
  Optional<Instant> silentSince(NodeId node, Instant at) {
    Stream<Instant> byFaults =
        touching(node, at).stream()
            .filter(f -> f.effects().get(node).loggingStopped())
            .map(timeline::start);
    Stream<Instant> byBaseline =
        baseline(node).loggingStopped() ? Stream.of(scenario.start()) : Stream.empty();
    return Stream.concat(byFaults, byBaseline).min(Comparator.naturalOrder());
  }

  /**
   * The lines the node wrote between two instants: each line of an effect in force, at the last
   * time it was repeated, oldest first.
   */
  List<LogLine> lines(NodeId node, Instant from, Instant to) {
    List<LogLine> out = new ArrayList<>();
    baseline(node)
        .logs()
        .forEach(l -> lastWrite(scenario.start(), to, from, l).ifPresent(out::add));
    for (Fault fault : timeline.faults()) {
      Effect effect = fault.effects().get(node);
      if (effect == null) {
        continue;
      }
      Instant stop = timeline.end(fault).map(e -> e.minusNanos(1)).filter(to::isAfter).orElse(to);
      effect
          .logs()
          .forEach(l -> lastWrite(timeline.start(fault), stop, from, l).ifPresent(out::add));
    }
    out.sort(Comparator.comparing(LogLine::at));
    return out;
  }

  /** The last repetition at or before {@code last} of a line first written at {@code first}. */
  private static Optional<LogLine> lastWrite(
      Instant first, Instant last, Instant from, String line) {
    if (last.isBefore(first)) {
      return Optional.empty();
    }
    long repeats = Duration.between(first, last).dividedBy(LOG_PERIOD);
    Instant at = first.plus(LOG_PERIOD.multipliedBy(repeats));
    return at.isBefore(from) ? Optional.empty() : Optional.of(new LogLine(at, line));
  }

  private Effect baseline(NodeId node) {
    return scenario.baseline().nodes().getOrDefault(node, Effect.NONE);
  }

  /** How bad a health is, for "the worst wins": unknown is worse than healthy, better than sick. */
  static int badness(HealthStatus status) {
    return switch (status) {
      case HEALTHY -> 0;
      case UNKNOWN -> 1;
      case DEGRADED -> 2;
      case UNHEALTHY -> 3;
    };
  }
}
