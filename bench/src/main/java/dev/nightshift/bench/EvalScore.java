package dev.nightshift.bench;

import dev.nightshift.core.reasoning.Usage;
import java.util.List;
import java.util.Objects;

/**
 * How one reasoner did on one case.
 *
 * @param answered what it blamed and proposed, in a few words ({@code -} without an answer)
 * @param problems why the validator rejected the hypothesis, or why there was none
 */
public record EvalScore(
    String caseName,
    boolean rootCause,
    boolean action,
    boolean valid,
    String answered,
    List<String> problems,
    Usage usage) {

  public EvalScore {
    Objects.requireNonNull(caseName, "caseName");
    Objects.requireNonNull(answered, "answered");
    problems = List.copyOf(problems);
    Objects.requireNonNull(usage, "usage");
  }

  /** A case passes when the root cause is right, the action acceptable and the answer valid. */
  public boolean passed() {
    return rootCause && action && valid;
  }
}
