package dev.nightshift.core.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What became of one delivery attempt. */
public sealed interface SendResult {

  /**
   * The channel accepted it.
   *
   * @param reference what later deliveries for the same incident need (an issue number), if any
   */
  record Sent(Optional<String> reference) implements SendResult {
    public Sent {
      Objects.requireNonNull(reference, "reference");
    }
  }

  /**
   * The channel did not take it.
   *
   * @param retryable whether trying again later can help (a timeout, a 5xx, a 429), as opposed to a
   *     rejected token or a malformed request
   * @param retryAfter how long the channel asked us to wait, when it said
   */
  record Failed(String reason, boolean retryable, Optional<Duration> retryAfter)
      implements SendResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }
}
