package dev.nightshift.core.testing;

import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Answers the healthchecks of {@link Fixtures#checkedNode} nodes with the health a test scripted
 * per node, and remembers which nodes it was asked about. Safe to call from many threads; a check
 * nobody scripted fails the test rather than passing as some default health.
 */
public final class ScriptedProber implements Prober {

  private final Map<Healthcheck, Supplier<Health>> answers = new ConcurrentHashMap<>();
  private final Map<Healthcheck, String> nodes = new ConcurrentHashMap<>();
  private final Queue<String> checked = new ConcurrentLinkedQueue<>();

  /** Node {@code node}'s check answers {@code health}. */
  public ScriptedProber answer(String node, Health health) {
    return script(node, () -> health);
  }

  /** Every one of {@code nodes} answers healthy. */
  public ScriptedProber healthy(String... nodes) {
    for (String node : nodes) {
      answer(node, Health.healthy(node + " is fine"));
    }
    return this;
  }

  /** Every one of {@code nodes} answers unhealthy. */
  public ScriptedProber unhealthy(String... nodes) {
    for (String node : nodes) {
      answer(node, Health.unhealthy(node + " is down"));
    }
    return this;
  }

  /** Every one of {@code nodes} answers degraded. */
  public ScriptedProber degraded(String... nodes) {
    for (String node : nodes) {
      answer(node, new Health(HealthStatus.DEGRADED, OptionalDouble.empty(), node + " is slow"));
    }
    return this;
  }

  /** Node {@code node}'s check throws {@code failure}, as a buggy adapter would. */
  public ScriptedProber failing(String node, RuntimeException failure) {
    return script(
        node,
        () -> {
          throw failure;
        });
  }

  /** The nodes whose checks ran, in the order they ran. */
  public List<String> checked() {
    return List.copyOf(checked);
  }

  @Override
  public Health check(Healthcheck check, Coordinates where) {
    String node = nodes.get(check);
    if (node == null) {
      throw new AssertionError("no health scripted for " + check);
    }
    checked.add(node);
    return answers.get(check).get();
  }

  private ScriptedProber script(String node, Supplier<Health> answer) {
    Healthcheck check = Fixtures.check(node);
    nodes.put(check, node);
    answers.put(check, answer);
    return this;
  }
}
