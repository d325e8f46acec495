package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.nightshift.core.notify.Delivery;
import java.util.Locale;
import java.util.Optional;

/** The notification outbox: what was sent where, and what is failing, so no failure is silent. */
final class DeliveryEndpoints {

  private DeliveryEndpoints() {}

  static void register(Router r, AgentView view) {
    r.get(Endpoints.V1 + "/deliveries", Access.VIEWER, q -> Reply.ok(list(view, q)));
  }

  private static ArrayNode list(AgentView view, Request q) {
    String state = q.query("state").orElse("all");
    Optional<Delivery.State> wanted =
        switch (state) {
          case "all" -> Optional.empty();
          case "pending", "delivered", "failed" ->
              Optional.of(Delivery.State.valueOf(state.toUpperCase(Locale.ROOT)));
          default ->
              throw ApiError.badRequest(
                  "state must be pending, delivered, failed or all, not '" + state + "'");
        };
    ArrayNode out = Wire.array();
    for (Delivery d : view.stores().deliveries().list(wanted, q.limit("limit", 100, 1000))) {
      var o = out.addObject();
      o.put("id", d.id()).put("channel", d.channel()).put("incident", d.incident().value());
      o.put("kind", d.kind()).put("state", d.state().wireName()).put("attempts", d.attempts());
      Wire.put(o, "lastError", d.lastError());
      o.put("nextAttemptAt", Wire.time(d.nextAttemptAt()));
      Wire.put(o, "deliveredAt", d.deliveredAt());
    }
    return out;
  }
}
