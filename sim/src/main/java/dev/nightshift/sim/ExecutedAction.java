package dev.nightshift.sim;

import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An action that reached the simulated platform: what the drill reports as executed, whatever the
 * agent believes it did.
 *
 * @param at when the executor was called
 * @param cleared the faults it ended
 */
public record ExecutedAction(
    Instant at, Action action, IdempotencyKey key, ExecutionResult result, List<String> cleared) {

  public ExecutedAction {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(result, "result");
    cleared = List.copyOf(cleared);
  }
}
