package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.IncidentReport;
import java.util.Optional;

/** The JSON of an {@link IncidentReport}: snake_case fields, absent values as null. */
final class ReportJson {

  private ReportJson() {}

  static ObjectNode of(IncidentReport r) {
    ObjectNode o = Json.object();
    o.put("incident", r.incident());
    o.put("sla", r.sla());
    o.put("sla_description", r.slaDescription());
    o.put("severity", r.severity());
    o.put("outcome", r.outcome());
    o.put("title", r.title());
    o.put("summary", r.summary());
    o.put("trigger", r.trigger());
    o.put("opened_at", r.openedAt().toString());
    put(o, "closed_at", r.closedAt().map(Object::toString));
    ObjectNode impact = o.putObject("impact");
    impact.set("slas", Json.strings(r.impact().slas()));
    impact.set("nodes", Json.strings(r.impact().nodes()));
    ArrayNode timeline = o.putArray("timeline");
    r.timeline()
        .forEach(e ->
            timeline
                .addObject()
                .put("at", e.at().toString())
                .put("type", e.type())
                .put("message", e.message()));
    ArrayNode path = o.putArray("path");
    for (var s : r.path()) {
      ObjectNode step =
          path.addObject()
              .put("node", s.node())
              .put("status", s.status())
              .put("finding", s.finding());
      step.set("log_lines", Json.strings(s.logLines()));
      step.set("metrics", Json.strings(s.metrics()));
      step.set("gaps", Json.strings(s.gaps()));
    }
    put(o, "root_cause", r.rootCause());
    put(o, "diagnosis", r.diagnosis());
    put(o, "known_error", r.knownError());
    ArrayNode changes = o.putArray("changes");
    for (var c : r.changes()) {
      ObjectNode change =
          changes
              .addObject()
              .put("at", c.at().toString())
              .put("service", c.service())
              .put("version", c.version());
      put(change, "author", c.author());
    }
    ArrayNode actions = o.putArray("actions");
    r.actions()
        .forEach(a ->
            actions
                .addObject()
                .put("at", a.at().toString())
                .put("action", a.action())
                .put("outcome", a.outcome())
                .put("detail", a.detail()));
    put(o, "sla_before", r.slaBefore());
    put(o, "sla_after", r.slaAfter());
    o.set("next_steps", Json.strings(r.nextSteps()));
    ArrayNode links = o.putArray("links");
    r.links().forEach(l -> links.addObject().put("label", l.label()).put("url", l.url()));
    return o;
  }

  private static void put(ObjectNode o, String field, Optional<String> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }
}
