package dev.nightshift.sim;

import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The simulated probes: a node's health is what the scenario fixes for it, else what its
 * healthcheck measures on the simulated values. The port is given a check and coordinates, not a
 * node, so the node is found by the pair the tree defines it with.
 */
final class SimProber implements Prober {

  /** A healthcheck where it runs: how the tree's nodes are told apart from a probe call. */
  private record Probe(Healthcheck check, Coordinates where) {}

  private final World world;
  private final NativeChecks checks;
  private final VirtualClock clock;
  private final Duration latency;
  private final Map<Probe, NodeId> nodes = new HashMap<>();

  SimProber(
      World world, NativeChecks checks, DependencyTree tree, VirtualClock clock, Duration latency) {
    this.world = world;
    this.checks = checks;
    this.clock = clock;
    this.latency = latency;
    for (Node node : tree.nodes()) {
      node.healthcheck()
          .ifPresent(c -> nodes.putIfAbsent(new Probe(c, node.coordinates()), node.id()));
    }
  }

  @Override
  public Health check(Healthcheck check, Coordinates where) {
    clock.advance(latency);
    Instant now = clock.instant();
    Optional<NodeId> node = Optional.ofNullable(nodes.get(new Probe(check, where)));
    Optional<Health> measured = checks.evaluate(check, node, now);
    Optional<World.Fixed> fixed = node.flatMap(n -> world.fixedHealth(n, now));
    if (fixed.isPresent()) {
      OptionalDouble value = measured.map(Health::value).orElse(OptionalDouble.empty());
      return new Health(fixed.get().status(), value, "simulated: " + fixed.get().source());
    }
    return measured.orElseGet(() -> noData(check, node, now));
  }

  /** Nothing to measure: healthy on a quiet platform, unknown while a fault is on the node. */
  private Health noData(Healthcheck check, Optional<NodeId> node, Instant now) {
    List<Fault> faults = node.map(n -> world.touching(n, now)).orElse(List.of());
    if (faults.isEmpty()) {
      return Health.healthy("simulated: no data for " + check.method() + ", and no fault");
    }
    String ids = faults.stream().map(Fault::id).collect(Collectors.joining(", "));
    return Health.unknown(
        "simulated: no data for " + check.method() + " while " + ids + " is active");
  }
}
