package dev.nightshift.app.run;

import dev.nightshift.app.http.AgentView.NodeHealth;
import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every node's health for the API, probed in parallel at most once per {@code ttl}: a UI polling
 * every second must not hammer the systems it shows.
 */
final class CachedHealth {

  private static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private record Probed(Map<NodeId, NodeHealth> health, Instant at) {}

  private final DependencyTree tree;
  private final Prober prober;
  private final ExecutorService probes;
  private final Clock clock;
  private final Duration ttl;
  private Probed last = new Probed(Map.of(), Instant.MIN);

  CachedHealth(
      DependencyTree tree, Prober prober, ExecutorService probes, Clock clock, Duration ttl) {
    this.tree = tree;
    this.prober = prober;
    this.probes = probes;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** The health as of at most {@code ttl} ago; callers wait for one probe round at most. */
  synchronized Map<NodeId, NodeHealth> now() {
    Instant now = clock.instant();
    if (last.at().plus(ttl).isAfter(now)) {
      return last.health();
    }
    last = new Probed(probeAll(), now);
    return last.health();
  }

  private Map<NodeId, NodeHealth> probeAll() {
    Map<NodeId, Future<Health>> pending = new LinkedHashMap<>();
    for (Node node : List.copyOf(tree.nodes())) {
      node.healthcheck()
          .ifPresent(h ->
              pending.put(node.id(), probes.submit(() -> prober.check(h, node.coordinates()))));
    }
    Map<NodeId, NodeHealth> health = new LinkedHashMap<>();
    pending.forEach(
        (id, future) -> health.put(id, new NodeHealth(result(future), clock.instant())));
    return Map.copyOf(health);
  }

  // Probes time out by themselves (probe_timeout); the wait here only guards against a bug.
  private static Health result(Future<Health> future) {
    try {
      return future.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown("the probe was interrupted");
    } catch (TimeoutException e) {
      future.cancel(true);
      return Health.unknown("the probe did not answer within " + MAX_WAIT.toSeconds() + "s");
    } catch (ExecutionException e) {
      return Health.unknown("the probe failed: " + e.getCause().getClass().getSimpleName());
    }
  }
}
