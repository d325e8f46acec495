package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.remediation.ActionRecord;

/** Incidents: the list, newest first, and one incident with its timeline, actions and report. */
final class IncidentEndpoints {

  private IncidentEndpoints() {}

  static void register(Router r, AgentView view) {
    r.get(Endpoints.V1 + "/incidents", Access.VIEWER, q -> Reply.ok(list(view, q)));
    r.get(
        Endpoints.V1 + "/incidents/{id}",
        Access.VIEWER,
        q -> Reply.ok(detail(view, q.param("id"))));
  }

  private static ArrayNode list(AgentView view, Request q) {
    String state = q.query("state").orElse("open");
    int limit = q.limit("limit", 50, 1000);
    return switch (state) {
      case "open" -> Listings.incidents(view.stores(), false, limit);
      case "all" -> Listings.incidents(view.stores(), true, limit);
      default -> throw ApiError.badRequest("state must be open or all, not '" + state + "'");
    };
  }

  static ObjectNode summary(Incident i) {
    ObjectNode o = Wire.object();
    o.put("id", i.id().value())
        .put("sla", i.sla().value())
        .put("severity", i.severity().yamlName());
    o.put("state", i.state().wireName()).put("trigger", i.trigger());
    o.put("openedAt", Wire.time(i.openedAt()));
    Wire.put(o, "closedAt", i.closedAt());
    Wire.put(o, "rootCause", i.progress().rootCause().map(n -> n.value()));
    Wire.put(o, "knownError", i.progress().knownError().map(k -> k.value()));
    return o;
  }

  private static ObjectNode detail(AgentView view, String idText) {
    IncidentId id;
    try {
      id = new IncidentId(Long.parseLong(idText));
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound("no incident " + idText);
    }
    Incident incident =
        view.stores()
            .incidents()
            .find(id)
            .orElseThrow(() -> ApiError.notFound("no incident " + idText));
    ObjectNode o = summary(incident);
    ArrayNode timeline = o.putArray("timeline");
    for (TimelineEvent e : view.stores().timeline().events(id)) {
      ObjectNode t =
          timeline
              .addObject()
              .put("at", Wire.time(e.at()))
              .put("type", e.type().wireName())
              .put("message", e.message());
      ObjectNode facts = t.putObject("facts");
      e.facts().forEach(facts::put);
    }
    ArrayNode actions = o.putArray("actions");
    for (ActionRecord a : view.stores().actions().forIncident(id.value())) {
      actions
          .addObject()
          .put("at", Wire.time(a.at()))
          .put("key", a.key().value())
          .put("action", a.type() + " " + a.resource())
          .put("outcome", a.outcome().wireName())
          .put("detail", a.detail());
    }
    ArrayNode approvals = o.putArray("approvals");
    for (Approval a : ApprovalEndpoints.ofIncident(view, id.value())) {
      approvals.add(ApprovalEndpoints.json(a));
    }
    Wire.put(o, "report", incident.report());
    return o;
  }
}
