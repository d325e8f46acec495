package dev.nightshift.core.policy;

/**
 * What the agent must have shown before a severity moves to the next phase: enough decisions,
 * measured accuracy, and no policy violations.
 */
public record PromotionGate(int minDecisions, double minAccuracy, int maxViolations) {

  public PromotionGate {
    if (minDecisions < 0 || maxViolations < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    if (!(minAccuracy >= 0 && minAccuracy <= 1)) {
      throw new IllegalArgumentException("accuracy must be in [0, 1]: " + minAccuracy);
    }
  }
}
