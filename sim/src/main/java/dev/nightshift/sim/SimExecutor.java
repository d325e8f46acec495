package dev.nightshift.sim;

import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.Executor;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.sim.scenario.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated executor: every action runs, and one that matches a fault's {@code cleared_by} rule
 * ends that fault when it completes. A key seen before returns the earlier result and runs nothing.
 */
final class SimExecutor implements Executor {

  private final FaultTimeline timeline;
  private final Violations violations;
  private final VirtualClock clock;
  private final Duration latency;
  private final Map<IdempotencyKey, ExecutedAction> byKey = new LinkedHashMap<>();

  SimExecutor(FaultTimeline timeline, Violations violations, VirtualClock clock, Duration latency) {
    this.timeline = timeline;
    this.violations = violations;
    this.clock = clock;
    this.latency = latency;
  }

  @Override
  public ExecutionResult execute(Action action, IdempotencyKey key) {
    ExecutedAction earlier = byKey.get(key);
    if (earlier != null) {
      return earlier.result();
    }
    Instant at = clock.instant();
    violations.check(action, key, at);
    clock.advance(latency);
    Instant done = clock.instant();
    List<String> cleared =
        timeline.faults().stream()
            .filter(f -> f.clearedBy().stream().anyMatch(r -> r.matches(action)))
            .filter(f -> timeline.clear(f, done))
            .map(Fault::id)
            .toList();
    ExecutionResult result =
        new ExecutionResult.Succeeded(
            cleared.isEmpty()
                ? "simulated: no fault cleared"
                : "simulated: cleared " + String.join(", ", cleared));
    byKey.put(key, new ExecutedAction(at, action, key, result, cleared));
    return result;
  }

  /** Every action that ran, in order. */
  List<ExecutedAction> executed() {
    return List.copyOf(byKey.values());
  }
}
