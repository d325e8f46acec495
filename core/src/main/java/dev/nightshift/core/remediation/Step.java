package dev.nightshift.core.remediation;

import dev.nightshift.core.telemetry.MetricCondition;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a fix plan: a mutating {@link Action} from the closed catalog, or one of the steps
 * that only wait, check or hand over.
 */
public sealed interface Step permits Action, Step.Wait, Step.Verify, Step.Escalate {

  /** The step's name as written after {@code action:} in YAML. */
  String type();

  /** Why the step is there, in the words of whoever wrote it. */
  Optional<String> purpose();

  /** Give the system time to recover by itself. */
  record Wait(Duration duration, Optional<String> purpose) implements Step {
    public Wait {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("a wait cannot be negative: " + duration);
      }
      Objects.requireNonNull(purpose, "purpose");
    }

    @Override
    public String type() {
      return "wait";
    }
  }

  /** Poll a metric condition until it holds or the timeout passes; not holding is a failure. */
  record Verify(MetricCondition check, Duration timeout, Optional<String> purpose) implements Step {
    /** How long a verify step polls when it does not say. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public Verify {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("a verify timeout must be positive: " + timeout);
      }
      Objects.requireNonNull(purpose, "purpose");
    }

    @Override
    public String type() {
      return "verify";
    }
  }

  /**
   * Hand the incident to a human with a message; with {@code onlyIfFailed} (the seed's {@code
   * escalate_if_failed}) only when an earlier step did not succeed.
   */
  record Escalate(String message, boolean onlyIfFailed, Optional<String> purpose) implements Step {
    public Escalate {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(purpose, "purpose");
    }

    @Override
    public String type() {
      return onlyIfFailed ? "escalate_if_failed" : "escalate";
    }
  }
}
