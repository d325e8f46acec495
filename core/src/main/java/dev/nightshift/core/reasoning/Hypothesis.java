package dev.nightshift.core.reasoning;

import dev.nightshift.core.remediation.StepSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A reasoner's structured answer, before validation.
 *
 * @param rootCause the id of the node it blames
 * @param explanation why, in a few sentences
 * @param evidence each item quoting data a tool returned (or the brief), which the validator checks
 * @param action the fix it proposes, from the catalog, if any
 * @param metricCondition a condition in the agent's language that shows the failure, if it named
 *     one (a learned known error's signature uses it)
 * @param nextSteps what a human should do or check
 * @param confidence what the model said of itself: recorded, never used to decide anything
 */
public record Hypothesis(
    String rootCause,
    String explanation,
    List<String> evidence,
    Optional<StepSpec> action,
    Optional<String> metricCondition,
    List<String> nextSteps,
    OptionalDouble confidence) {

  public Hypothesis {
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(explanation, "explanation");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(metricCondition, "metricCondition");
    nextSteps = List.copyOf(nextSteps);
    Objects.requireNonNull(confidence, "confidence");
  }
}
