package dev.nightshift.core.policy;

import java.util.Locale;

/**
 * The rollout phase the agent runs in for a severity: autonomy is earned, from shadow mode through
 * human approval to acting alone.
 */
public enum Phase {
  /** Shadow mode: diagnose and log intended actions, execute nothing. */
  OBSERVE,
  /** Ask a human to approve every action. */
  ASSIST,
  /** Act alone within the policy's limits. */
  AUTONOMOUS;

  /** The name users write in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return yamlName();
  }
}
