package dev.nightshift.core.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * Hard limits that hold whatever the autonomy level: they stop a fix loop or a cascade of restarts.
 *
 * @param cooldown minimum time between two actions on the same target
 * @param actionsPerHour maximum actions executed in any rolling hour
 * @param attemptsPerIncident fix attempts for one incident before it is escalated
 * @param maxTreeFraction the largest share of the tree's nodes that actions may touch in an hour
 * @param approvalTimeout how long an approval request waits before the incident escalates
 */
public record Limits(
    Duration cooldown,
    int actionsPerHour,
    int attemptsPerIncident,
    double maxTreeFraction,
    Duration approvalTimeout) {

  public Limits {
    Objects.requireNonNull(cooldown, "cooldown");
    Objects.requireNonNull(approvalTimeout, "approvalTimeout");
    if (cooldown.isNegative()) {
      throw new IllegalArgumentException("cooldown cannot be negative: " + cooldown);
    }
    if (actionsPerHour < 0 || attemptsPerIncident < 1) {
      throw new IllegalArgumentException(
          "need actionsPerHour >= 0 and attemptsPerIncident >= 1: "
              + actionsPerHour
              + ", "
              + attemptsPerIncident);
    }
    if (!(maxTreeFraction > 0 && maxTreeFraction <= 1)) {
      throw new IllegalArgumentException("maxTreeFraction must be in (0, 1]: " + maxTreeFraction);
    }
    if (approvalTimeout.isZero() || approvalTimeout.isNegative()) {
      throw new IllegalArgumentException("approval timeout must be positive: " + approvalTimeout);
    }
  }
}
