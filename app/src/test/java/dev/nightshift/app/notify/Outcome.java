package dev.nightshift.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.notify.Delivery;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a demo run left in its store (incidents, the approval, the outbox) and the reports the
 * webhook receiver got, by incident and kind: what each channel's messages are checked against.
 */
record Outcome(
    List<Incident> incidents,
    List<Approval> approvals,
    List<Delivery> deliveries,
    Map<String, JsonNode> reports) {

  static Outcome read(Stores stores, Map<String, JsonNode> reports) {
    return new Outcome(
        stores.incidents().recent(1000),
        stores.approvals().recent(100),
        stores.deliveries().list(Optional.empty(), 10_000),
        reports);
  }

  List<Long> resolved() {
    return ids(IncidentState.RESOLVED);
  }

  List<Long> escalated() {
    return ids(IncidentState.ESCALATED);
  }

  /** The demo's one approval request. */
  Approval approval() {
    if (approvals.size() != 1) {
      throw new AssertionError("expected one approval request, found " + approvals);
    }
    return approvals.getFirst();
  }

  /** The deliveries to one notifier, in the order they were enqueued. */
  List<Delivery> of(String channel) {
    return deliveries.stream()
        .filter(d -> d.channel().equals(channel))
        .sorted(Comparator.comparingLong(Delivery::id))
        .toList();
  }

  /** The report the webhook received with the {@code kind} notice of incident {@code id}. */
  JsonNode report(long id, String kind) {
    JsonNode report = reports.get(id + "/" + kind);
    if (report == null) {
      throw new AssertionError("the webhook got no " + kind + " notice of incident " + id);
    }
    return report;
  }

  private List<Long> ids(IncidentState state) {
    return incidents.stream()
        .filter(i -> i.state() == state)
        .map(i -> i.id().value())
        .sorted()
        .toList();
  }
}
