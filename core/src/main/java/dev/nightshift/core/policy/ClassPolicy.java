package dev.nightshift.core.policy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy for one action class: its autonomy level and, if it differs from the global one, its
 * cooldown per target.
 */
public record ClassPolicy(Autonomy autonomy, Optional<Duration> cooldown) {

  public ClassPolicy {
    Objects.requireNonNull(autonomy, "autonomy");
    Objects.requireNonNull(cooldown, "cooldown");
  }

  public static ClassPolicy of(Autonomy autonomy) {
    return new ClassPolicy(autonomy, Optional.empty());
  }
}
