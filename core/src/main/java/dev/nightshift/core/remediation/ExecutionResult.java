package dev.nightshift.core.remediation;

import java.util.Objects;

/** What happened when an action ran. */
public sealed interface ExecutionResult {

  String detail();

  /** The action ran and its target accepted it; whether it helped is for verification to say. */
  record Succeeded(String detail) implements ExecutionResult {
    public Succeeded {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * The action did not run or was refused; {@code retryable} says whether trying again may help.
   */
  record Failed(String detail, boolean retryable) implements ExecutionResult {
    public Failed {
      Objects.requireNonNull(detail, "detail");
    }
  }
}
