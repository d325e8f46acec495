package dev.nightshift.core.notify;

import dev.nightshift.core.incident.IncidentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable outbox of notices: what the dispatcher enqueues and the worker sends, retries and
 * marks, so that no notice is lost to a restart or an outage and none is sent twice by design.
 */
public interface Deliveries {

  /**
   * Enqueues a delivery due at {@code at}, once: the same channel, incident, kind and subject are
   * kept only the first time.
   *
   * @return whether it was new
   */
  boolean enqueue(String channel, IncidentId incident, String kind, String subject, Instant at);

  /** Pending deliveries whose next attempt is at or before {@code now}, oldest enqueued first. */
  List<Delivery> due(Instant now, int limit);

  /** Marks it delivered, with what the channel answered. */
  void delivered(long id, Instant at, Optional<String> reference);

  /** Records a failed attempt; it stays pending until {@code nextAttemptAt}. */
  void retry(long id, String error, Instant nextAttemptAt);

  /** Records a failed attempt and gives up: kept, in state failed, for humans to see. */
  void failed(long id, String error);

  /** The newest deliveries first, in {@code state} or in any state. */
  List<Delivery> list(Optional<Delivery.State> state, int limit);

  /** Every delivery of an incident, to any channel, oldest first. */
  List<Delivery> of(IncidentId incident);

  /** The first reference a channel answered for an incident: a GitHub issue, a Slack thread. */
  Optional<String> reference(String channel, IncidentId incident);
}
