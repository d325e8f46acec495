package dev.nightshift.core.remediation;

import java.util.Objects;

/**
 * Names one step of one attempt of one incident, so that a step is executed at most once even if
 * the agent restarts between executing it and recording that it did.
 */
public record IdempotencyKey(String value) {

  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an idempotency key cannot be blank");
    }
  }

  public static IdempotencyKey of(long incident, int attempt, int step) {
    return new IdempotencyKey("incident-" + incident + "/attempt-" + attempt + "/step-" + step);
  }

  @Override
  public String toString() {
    return value;
  }
}
