package dev.nightshift.sim.scenario;

import dev.nightshift.core.knowledge.KnownErrorId;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A human's decision on a proposed (learned) known error, which the runner gives at a time in the
 * drill, or as soon as after it the proposal exists.
 *
 * @param at the time after the scenario's start
 */
public record ScheduledLearning(Duration at, KnownErrorId id, Decision decision) {

  /** What the human decides. */
  public enum Decision {
    APPROVE,
    REJECT;

    /** The name written in a scenario. */
    public String yamlName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ScheduledLearning {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(decision, "decision");
    if (at.isNegative()) {
      throw new IllegalArgumentException("a decision cannot come before the start: " + at);
    }
  }
}
