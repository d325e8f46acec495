package dev.nightshift.core.pipeline;

import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.notify.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Deliveries in a list in enqueue order, with the de-duplication keys in a set. */
final class MemoryDeliveries implements Deliveries {

  private record Key(String channel, IncidentId incident, String kind, String subject) {}

  private final List<Delivery> deliveries = new ArrayList<>();
  private final Set<Key> keys = new HashSet<>();

  @Override
  public synchronized boolean enqueue(
      String channel, IncidentId incident, String kind, String subject, Instant at) {
    if (!keys.add(new Key(channel, incident, kind, subject))) {
      return false;
    }
    deliveries.add(Delivery.pending(deliveries.size() + 1L, channel, incident, kind, subject, at));
    return true;
  }

  @Override
  public synchronized List<Delivery> due(Instant now, int limit) {
    return deliveries.stream()
        .filter(d -> d.state() == Delivery.State.PENDING && !d.nextAttemptAt().isAfter(now))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized void delivered(long id, Instant at, Optional<String> reference) {
    update(id, d -> d.asDelivered(at, reference));
  }

  @Override
  public synchronized void retry(long id, String error, Instant nextAttemptAt) {
    update(id, d -> d.asRetried(error, nextAttemptAt));
  }

  @Override
  public synchronized void failed(long id, String error) {
    update(id, d -> d.asFailed(error));
  }

  @Override
  public synchronized List<Delivery> list(Optional<Delivery.State> state, int limit) {
    return deliveries.stream()
        .filter(d -> state.isEmpty() || d.state() == state.get())
        .sorted(Comparator.comparingLong(Delivery::id).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<Delivery> of(IncidentId incident) {
    return deliveries.stream().filter(d -> d.incident().equals(incident)).toList();
  }

  @Override
  public synchronized Optional<String> reference(String channel, IncidentId incident) {
    return deliveries.stream()
        .filter(d -> d.channel().equals(channel) && d.incident().equals(incident))
        .flatMap(d -> d.reference().stream())
        .findFirst();
  }

  private void update(long id, UnaryOperator<Delivery> change) {
    if (id < 1 || id > deliveries.size()) {
      throw new IllegalArgumentException("no delivery " + id);
    }
    int index = (int) id - 1;
    deliveries.set(index, change.apply(deliveries.get(index)));
  }
}
