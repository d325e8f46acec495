package dev.nightshift.core.remediation;

import java.util.List;
import java.util.Objects;

/**
 * The steps that resolve a known error, in order. Only an {@code automated} fix may contain
 * actions; the others wait, verify and escalate.
 */
public record Fix(FixType type, List<Step> steps) {

  public Fix {
    Objects.requireNonNull(type, "type");
    steps = List.copyOf(steps);
    if (type != FixType.AUTOMATED && steps.stream().anyMatch(Action.class::isInstance)) {
      throw new IllegalArgumentException("a fix of type " + type + " cannot contain actions");
    }
  }

  /** The mutating actions among the steps. */
  public List<Action> actions() {
    return steps.stream().filter(Action.class::isInstance).map(Action.class::cast).toList();
  }
}
