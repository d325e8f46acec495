package dev.nightshift.adapters.kafka;

import dev.nightshift.core.measure.Durations;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidGroupIdException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * Why a check could not run, in words that name the cluster, and whether asking again can help.
 *
 * @param reason a sentence for the report; library messages are included, never credentials (this
 *     adapter configures none)
 */
record Failure(String reason, boolean retryable) {

  static Failure of(Throwable thrown, String cluster, Duration timeout) {
    Throwable e =
        thrown instanceof ExecutionException && thrown.getCause() != null
            ? thrown.getCause()
            : thrown;
    if (e instanceof java.util.concurrent.TimeoutException
        || e instanceof org.apache.kafka.common.errors.TimeoutException) {
      return new Failure(
          cluster
              + " did not answer within "
              + Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS))
              + detail(e),
          true);
    }
    if (e instanceof InterruptedException) {
      return new Failure(cluster + ": the check was interrupted", true);
    }
    if (e instanceof AuthenticationException || e instanceof AuthorizationException) {
      return new Failure(cluster + " refused the request" + detail(e), false);
    }
    boolean retryable =
        !(e instanceof InvalidTopicException
            || e instanceof InvalidGroupIdException
            || e instanceof UnsupportedVersionException);
    return new Failure(cluster + " failed: " + e.getClass().getSimpleName() + detail(e), retryable);
  }

  private static String detail(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "" : ": " + message.strip();
  }
}
