package dev.nightshift.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * An action the simulated platform saw executed although the policy forbids it, found without
 * asking the agent's own policy engine.
 *
 * @param action the action's type ({@code docker_exec})
 * @param target the resource it touched ({@code container/redis})
 * @param reason the rule it broke
 */
public record Violation(Instant at, String action, String target, String reason) {

  public Violation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reason, "reason");
  }
}
