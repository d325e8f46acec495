package dev.nightshift.core.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How far the agent may act alone on one class of action: the rows of the seed's autonomy table.
 */
public sealed interface Autonomy {

  /** The level's name as written in policy.yaml. */
  String yamlName();

  /** Act whenever the rest of the policy allows. */
  record Full() implements Autonomy {
    @Override
    public String yamlName() {
      return "full";
    }
  }

  /** Act only once the failure has persisted this long (a process restart after 5 min). */
  record AfterFailure(Duration persisted) implements Autonomy {
    public AfterFailure {
      Objects.requireNonNull(persisted, "persisted");
      if (persisted.isNegative()) {
        throw new IllegalArgumentException("after_failure cannot be negative: " + persisted);
      }
    }

    @Override
    public String yamlName() {
      return "after_failure";
    }
  }

  /** Act only when the action is a step of a human-reviewed known error, never on a guess. */
  record KnownPatternsOnly() implements Autonomy {
    @Override
    public String yamlName() {
      return "known_patterns_only";
    }
  }

  /** Propose, and act once a human approves. */
  record Approval() implements Autonomy {
    @Override
    public String yamlName() {
      return "approval";
    }
  }

  /** Never act; always a human. */
  record Never() implements Autonomy {
    @Override
    public String yamlName() {
      return "never";
    }
  }
}
