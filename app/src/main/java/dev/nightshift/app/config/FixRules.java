package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.Step;
import java.util.List;

/** What each fix type may contain: only an automated fix acts. */
final class FixRules {

  private FixRules() {}

  /** Whether the steps suit the fix type; reports why not. */
  static boolean check(FixType type, List<Step> steps, MapReader fix) {
    boolean acts = steps.stream().anyMatch(Action.class::isInstance);
    return switch (type) {
      case AUTOMATED -> {
        if (steps.isEmpty()) {
          fix.problems().error(fix.source(), fix.pathOf("steps"), "an automated fix needs steps");
          yield false;
        }
        if (!acts) {
          fix.problems()
              .warning(
                  fix.mapping(),
                  "an automated fix without an action only waits and checks; did you mean wait_and_verify?");
        }
        yield true;
      }
      case WAIT_AND_VERIFY, ESCALATE -> {
        if (acts) {
          String first =
              steps.stream().filter(Action.class::isInstance).findFirst().orElseThrow().type();
          fix.problems()
              .error(
                  fix.node("steps").orElseThrow(),
                  "a "
                      + type
                      + " fix does not act, but it has a "
                      + first
                      + " step; use type: automated");
          yield false;
        }
        yield true;
      }
    };
  }
}
