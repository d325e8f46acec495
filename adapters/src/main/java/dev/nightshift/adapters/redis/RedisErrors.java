package dev.nightshift.adapters.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandInterruptedException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Turns what Lettuce throws into a {@link Reply.Failure} whose reason is safe to show. */
final class RedisErrors {

  private static final String REDACTED = "***";

  private RedisErrors() {}

  /**
   * Classifies a failure of the command {@code what} ("PING"); {@code secret} is scrubbed from
   * every message in case a library ever echoes it.
   */
  static <T> Reply.Failure<T> ofCommand(
      Throwable error, RedisAddress where, String what, Optional<String> secret) {
    return classify(
        error,
        secret,
        where + " answered " + what + " with ",
        where + " did not answer " + what + ": ");
  }

  /** Classifies a failure to open the connection (refused, unreachable, wrong password). */
  static <T> Reply.Failure<T> ofConnect(
      Throwable error, RedisAddress where, Optional<String> secret) {
    return classify(
        error, secret, where + " refused a new connection: ", where + " cannot be reached: ");
  }

  private static <T> Reply.Failure<T> classify(
      Throwable error, Optional<String> secret, String refused, String silent) {
    if (error instanceof RedisCommandInterruptedException) {
      Thread.currentThread().interrupt();
    }
    RedisCommandExecutionException serverError = find(error);
    if (serverError != null) {
      String message = scrub(text(serverError), secret);
      return new Reply.Refused<>(message, refused + message);
    }
    return new Reply.NoAnswer<>(silent + scrub(text(root(error)), secret));
  }

  private static @Nullable RedisCommandExecutionException find(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof RedisCommandExecutionException e) {
        return e;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static Throwable root(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String text(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
  }

  static String scrub(String text, Optional<String> secret) {
    return secret.filter(s -> !s.isEmpty()).map(s -> text.replace(s, REDACTED)).orElse(text);
  }
}
