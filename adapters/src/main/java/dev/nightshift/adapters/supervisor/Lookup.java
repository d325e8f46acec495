package dev.nightshift.adapters.supervisor;

import java.util.Objects;

/**
 * What asking supervisord about a process or group gave: the answer, "no such process", or no
 * answer at all, so that a caller cannot mistake an unreachable server for a missing process.
 */
public sealed interface Lookup<T> {

  record Found<T>(T value) implements Lookup<T> {
    public Found {
      Objects.requireNonNull(value, "value");
    }
  }

  /** supervisord answered, and has no such process or group (or the name was refused). */
  record NotFound<T>(String reason) implements Lookup<T> {
    public NotFound {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** supervisord could not be asked; {@code retryable} says whether asking again may help. */
  record Unreachable<T>(String reason, boolean retryable) implements Lookup<T> {
    public Unreachable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
