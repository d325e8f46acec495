package dev.nightshift.sim.scenario;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A human's answer that the runner gives to the pending approval request at a time in the drill.
 *
 * @param at the time after the scenario's start
 */
public record ScheduledApproval(Duration at, Decision decision) {

  /** What the human answers. */
  public enum Decision {
    APPROVE,
    DENY;

    /** The name written in a scenario. */
    public String yamlName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ScheduledApproval {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(decision, "decision");
    if (at.isNegative()) {
      throw new IllegalArgumentException("an approval cannot come before the start: " + at);
    }
  }
}
