package dev.nightshift.core.reasoning;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits an investigation runs within. Budgets count what providers report; going over one
 * escalates the incident with its report instead of asking.
 *
 * @param maxSteps model requests per investigation
 * @param timeout per model request
 * @param tokensPerIncident input plus output tokens across an incident's investigations
 * @param costPerIncident in the currency the prices are given in
 * @param inputPricePerMillion price of a million input tokens (0: free, e.g. a local model)
 * @param cacheTtl how long the answer for one failure is reused instead of asking again
 * @param proposalsNeedApproval whether a validated proposal always waits for a human (the default),
 *     whatever the policy would allow a known error's fix
 */
public record ReasonerSettings(
    int maxSteps,
    Duration timeout,
    long tokensPerIncident,
    double costPerIncident,
    long tokensPerDay,
    double costPerDay,
    double inputPricePerMillion,
    double outputPricePerMillion,
    Duration cacheTtl,
    boolean proposalsNeedApproval) {

  public static final int DEFAULT_MAX_STEPS = 10;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  public static final long DEFAULT_TOKENS_PER_INCIDENT = 200_000;
  public static final long DEFAULT_TOKENS_PER_DAY = 2_000_000;
  public static final double DEFAULT_COST_PER_INCIDENT = 1.0;
  public static final double DEFAULT_COST_PER_DAY = 10.0;
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofHours(24);

  public static final ReasonerSettings DEFAULTS =
      new ReasonerSettings(
          DEFAULT_MAX_STEPS,
          DEFAULT_TIMEOUT,
          DEFAULT_TOKENS_PER_INCIDENT,
          DEFAULT_COST_PER_INCIDENT,
          DEFAULT_TOKENS_PER_DAY,
          DEFAULT_COST_PER_DAY,
          0,
          0,
          DEFAULT_CACHE_TTL,
          true);

  public ReasonerSettings {
    if (maxSteps < 1) {
      throw new IllegalArgumentException("max steps must be at least 1: " + maxSteps);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (tokensPerIncident < 0 || tokensPerDay < 0 || costPerIncident < 0 || costPerDay < 0) {
      throw new IllegalArgumentException("budgets cannot be negative");
    }
    if (inputPricePerMillion < 0 || outputPricePerMillion < 0) {
      throw new IllegalArgumentException("prices cannot be negative");
    }
    Objects.requireNonNull(cacheTtl, "cacheTtl");
  }

  public double cost(Usage usage) {
    return (usage.inputTokens() * inputPricePerMillion
            + usage.outputTokens() * outputPricePerMillion)
        / 1_000_000.0;
  }
}
