package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.sla.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The operator's switches (kill switch, phases; admin only, audited) and the records to read. */
final class ControlEndpoints {

  private static final Duration DEFAULT_CHANGES = Duration.ofDays(1);

  private ControlEndpoints() {}

  static void register(Router r, AgentView view, Clock clock) {
    String v1 = Endpoints.V1;
    r.get(v1 + "/kill-switch", Access.VIEWER, q -> Reply.ok(killSwitch(view)));
    r.add("PUT", v1 + "/kill-switch", Access.ADMIN, q -> setKillSwitch(view, q, clock));
    r.get(v1 + "/phase", Access.VIEWER, q -> Reply.ok(StatusEndpoints.phases(view)));
    r.add("PUT", v1 + "/phase", Access.ADMIN, q -> setPhase(view, q, clock));
    r.get(v1 + "/audit", Access.VIEWER, q -> Reply.ok(audit(view, q.limit("limit", 100, 10_000))));
    r.get(v1 + "/changes", Access.VIEWER, q -> Reply.ok(changes(view, q, clock)));
    r.get(v1 + "/known-errors", Access.VIEWER, q -> Reply.ok(KnownErrorsJson.of(view)));
  }

  private static ObjectNode killSwitch(AgentView view) {
    return Wire.object().put("engaged", StatusEndpoints.killSwitch(view));
  }

  private static Reply setKillSwitch(AgentView view, Request q, Clock clock) {
    ObjectNode body = q.json();
    boolean engaged = q.bool(body, "engaged");
    String reason = q.optionalText(body, "reason").orElse("no reason given");
    view.stores().controls().setKillSwitch(engaged);
    audit(
        view,
        q,
        clock,
        "control.kill_switch",
        "kill switch turned " + (engaged ? "on" : "off") + " through the API: " + reason);
    return Reply.ok(killSwitch(view));
  }

  private static Reply setPhase(AgentView view, Request q, Clock clock) {
    ObjectNode body = q.json();
    Severity severity = choice(Severity.class, q.text(body, "severity"), "severity");
    Phase phase = choice(Phase.class, q.text(body, "phase"), "phase");
    view.stores().controls().setPhase(severity, phase);
    audit(
        view,
        q,
        clock,
        "control.phase",
        severity.yamlName() + " incidents now run in phase " + phase.yamlName());
    return Reply.ok(StatusEndpoints.phases(view));
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names =
          java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
      throw ApiError.badRequest(
          "field '"
              + field
              + "' must be one of "
              + String.join(", ", names)
              + ", not '"
              + value
              + "'");
    }
  }

  private static void audit(AgentView view, Request q, Clock clock, String kind, String detail) {
    view.stores()
        .audit()
        .append(
            new AuditRecord(
                clock.instant(),
                q.requireCaller().actor(),
                kind,
                "agent " + view.config().agent().name(),
                detail));
  }

  private static ArrayNode audit(AgentView view, int limit) {
    List<AuditEntry> entries = view.stores().audit().entries();
    ArrayNode out = Wire.array();
    for (int i = entries.size() - 1; i >= 0 && out.size() < limit; i--) {
      AuditEntry e = entries.get(i);
      AuditRecord r = e.record();
      out.addObject()
          .put("sequence", e.sequence())
          .put("at", Wire.time(r.at()))
          .put("actor", r.actor())
          .put("kind", r.kind())
          .put("subject", r.subject())
          .put("detail", r.detail());
    }
    return out;
  }

  private static ArrayNode changes(AgentView view, Request q, Clock clock) {
    Instant now = clock.instant();
    Instant since;
    try {
      since = q.query("since").map(Instant::parse).orElse(now.minus(DEFAULT_CHANGES));
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("since must be an ISO-8601 time such as 2026-11-21T09:00:00Z");
    }
    ArrayNode out = Wire.array();
    for (ChangeEvent c : view.stores().changes().between(since, now.plusSeconds(1))) {
      ObjectNode o =
          out.addObject()
              .put("service", c.service())
              .put("version", c.version())
              .put("at", Wire.time(c.at()));
      Wire.put(o, "author", c.author());
      Wire.put(o, "description", c.description());
      o.put("source", c.source());
    }
    return out;
  }
}
