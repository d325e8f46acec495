package dev.nightshift.core.notify;

import dev.nightshift.core.incident.IncidentId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One notice on its way to one channel, kept durably so that a restart, a slow channel or an outage
 * loses nothing: the outbox row the worker sends, retries and finally marks.
 *
 * @param id the store's number, in order of enqueueing
 * @param channel the notifier's configured name
 * @param kind the notice's {@link Notice#kind()}: opened, approval, resolved, ...
 * @param subject what distinguishes two notices of one kind for one incident: the approval key of
 *     an approval, how it recovered of a recovery, "" otherwise
 * @param attempts how many times it was handed to the channel so far
 * @param nextAttemptAt when the worker may send it (again); meaningful while pending
 * @param reference what the channel answered (an issue number, a message ts), once delivered
 */
public record Delivery(
    long id,
    String channel,
    IncidentId incident,
    String kind,
    String subject,
    State state,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<Instant> deliveredAt,
    Optional<String> reference) {

  public Delivery {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    Objects.requireNonNull(reference, "reference");
    if (channel.isBlank() || kind.isBlank()) {
      throw new IllegalArgumentException("a delivery needs a channel and a kind");
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts cannot be negative: " + attempts);
    }
    if ((state == State.DELIVERED) != deliveredAt.isPresent()) {
      throw new IllegalArgumentException("a delivery has a delivery time exactly when delivered");
    }
  }

  /** A new delivery, due at once, not yet tried. */
  public static Delivery pending(
      long id, String channel, IncidentId incident, String kind, String subject, Instant at) {
    return new Delivery(
        id,
        channel,
        incident,
        kind,
        subject,
        State.PENDING,
        0,
        at,
        at,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Delivered at {@code at}, one attempt more. */
  public Delivery asDelivered(Instant at, Optional<String> answered) {
    return new Delivery(
        id,
        channel,
        incident,
        kind,
        subject,
        State.DELIVERED,
        attempts + 1,
        createdAt,
        nextAttemptAt,
        lastError,
        Optional.of(at),
        answered);
  }

  /** Still pending after a failed attempt, to be tried again at {@code next}. */
  public Delivery asRetried(String error, Instant next) {
    return new Delivery(
        id,
        channel,
        incident,
        kind,
        subject,
        State.PENDING,
        attempts + 1,
        createdAt,
        next,
        Optional.of(error),
        Optional.empty(),
        reference);
  }

  /** Given up after a failed attempt; kept so that a human sees it. */
  public Delivery asFailed(String error) {
    return new Delivery(
        id,
        channel,
        incident,
        kind,
        subject,
        State.FAILED,
        attempts + 1,
        createdAt,
        nextAttemptAt,
        Optional.of(error),
        Optional.empty(),
        reference);
  }

  /** Where a delivery is: waiting (or between retries), done, or given up. */
  public enum State {
    PENDING,
    DELIVERED,
    FAILED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return wireName();
    }
  }
}
