package dev.nightshift.sim.score;

import dev.nightshift.core.remediation.ActionOutcome;
import java.util.Objects;

/**
 * One action the agent decided about in a drill, whatever the decision, as the drill report lists
 * it.
 *
 * @param type the action's type ({@code docker_exec})
 * @param target what it touched or would have touched ({@code redis})
 * @param result the executor's answer or the policy's reason ({@code ok})
 */
public record ActionResult(String type, String target, ActionOutcome decision, String result) {

  public ActionResult {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(result, "result");
  }
}
