package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Clock;
import java.util.List;

/** Requests for approval: the list, and a human's approve or deny (operator and above). */
final class ApprovalEndpoints {

  private static final int RECENT = 500;

  private ApprovalEndpoints() {}

  static void register(Router r, AgentView view, Clock clock) {
    ApprovalDesk desk = new ApprovalDesk(view.stores());
    r.get(Endpoints.V1 + "/approvals", Access.VIEWER, q -> Reply.ok(list(view, q)));
    r.add(
        "POST",
        Endpoints.V1 + "/approvals/{key}/approve",
        Access.OPERATOR,
        q -> answer(desk, q, ApprovalState.APPROVED, clock));
    r.add(
        "POST",
        Endpoints.V1 + "/approvals/{key}/deny",
        Access.OPERATOR,
        q -> answer(desk, q, ApprovalState.DENIED, clock));
  }

  static List<Approval> ofIncident(AgentView view, long incident) {
    return view.stores().approvals().recent(RECENT).stream()
        .filter(a -> a.incident() == incident)
        .toList();
  }

  static ObjectNode json(Approval a) {
    ObjectNode o = Wire.object();
    o.put("key", a.key().value())
        .put("incident", a.incident())
        .put("action", a.action())
        .put("reason", a.reason());
    o.put("requestedAt", Wire.time(a.requestedAt())).put("expiresAt", Wire.time(a.expiresAt()));
    o.put("state", a.state().wireName());
    Wire.put(o, "decidedBy", a.decidedBy());
    Wire.put(o, "decidedAt", a.decidedAt());
    return o;
  }

  private static ArrayNode list(AgentView view, Request q) {
    String state = q.query("state").orElse("pending");
    List<Approval> approvals =
        switch (state) {
          case "pending" -> view.stores().approvals().pending();
          case "all" -> view.stores().approvals().recent(q.limit("limit", 100, RECENT));
          default -> throw ApiError.badRequest("state must be pending or all, not '" + state + "'");
        };
    ArrayNode out = Wire.array();
    approvals.forEach(a -> out.add(json(a)));
    return out;
  }

  private static Reply answer(ApprovalDesk desk, Request q, ApprovalState state, Clock clock) {
    var comment = q.optionalText(q.json(), "comment");
    IdempotencyKey key;
    try {
      key = new IdempotencyKey(q.param("key"));
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound("no request for approval has an empty key");
    }
    return switch (desk.decide(key, state, q.requireCaller().actor(), comment, clock.instant())) {
      case ApprovalDecision.Decided d -> Reply.ok(json(d.approval()));
      case ApprovalDecision.AlreadyDecided a ->
          Reply.error(409, ApprovalDesk.alreadyDecided(a.approval()));
      case ApprovalDecision.NotFound n -> Reply.error(404, "no request for approval " + n.key());
    };
  }
}
