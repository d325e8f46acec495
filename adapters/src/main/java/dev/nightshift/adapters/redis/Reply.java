package dev.nightshift.adapters.redis;

import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.telemetry.Health;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What one call to Redis gave: the answer, an error reply from a Redis that is there, or no answer
 * at all. The difference decides health: a Redis that answers with an error is unhealthy, one that
 * does not answer is unknown.
 */
sealed interface Reply<T> {

  /** Redis answered. */
  record Answered<T>(T value) implements Reply<T> {
    public Answered {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The call failed; {@link #reason()} names the instance and never holds a secret. */
  sealed interface Failure<T> extends Reply<T> {
    String reason();

    Health health();

    ExecutionResult.Failed failed();
  }

  /**
   * Redis answered with an error reply ({@code OOM ...}, {@code LOADING ...}, {@code ERR max number
   * of clients reached}).
   *
   * @param message the server's error as it sent it
   * @param reason the sentence for a human, naming the instance and the command
   */
  record Refused<T>(String message, String reason) implements Failure<T> {

    /** Errors that say we may not look, not that Redis is broken: our credentials are wrong. */
    private static final Set<String> NOT_ALLOWED = Set.of("NOAUTH", "WRONGPASS", "NOPERM");

    /** Errors that go away by themselves: a load, a busy script, a failover, a full server. */
    private static final Set<String> TRANSIENT =
        Set.of("LOADING", "BUSY", "TRYAGAIN", "MASTERDOWN", "CLUSTERDOWN", "OOM");

    public Refused {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(reason, "reason");
    }

    /** The error code, the first word of the reply ({@code OOM}, {@code ERR}). */
    String code() {
      int space = message.indexOf(' ');
      return (space < 0 ? message : message.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    @Override
    public Health health() {
      return NOT_ALLOWED.contains(code()) ? Health.unknown(reason) : Health.unhealthy(reason);
    }

    @Override
    public ExecutionResult.Failed failed() {
      boolean transientError =
          TRANSIENT.contains(code()) || message.contains("max number of clients reached");
      return new ExecutionResult.Failed(reason, transientError);
    }
  }

  /** Nothing came back: refused or lost connection, timeout, not connected. */
  record NoAnswer<T>(String reason) implements Failure<T> {
    public NoAnswer {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Health health() {
      return Health.unknown(reason);
    }

    @Override
    public ExecutionResult.Failed failed() {
      return new ExecutionResult.Failed(reason, true);
    }
  }
}
