package dev.nightshift.adapters.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook's JSON document, version 1: every field of the report, field names stable so that
 * receivers can rely on them (a new field is added, none renamed without a new version).
 */
final class WebhookDocument {

  static final int VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private WebhookDocument() {}

  static String render(Notice notice, IncidentReport report) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("version", VERSION);
    doc.put("kind", notice.kind());
    doc.put("incident", report.incident());
    doc.set("notice", notice(notice));
    doc.set("report", report(report));
    try {
      return JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render a webhook document", e);
    }
  }

  private static ObjectNode notice(Notice notice) {
    ObjectNode node = JSON.createObjectNode();
    node.put("state", notice.incident().state().wireName());
    switch (notice) {
      case Notice.ApprovalRequested a -> {
        ObjectNode approval = node.putObject("approval");
        approval.put("key", a.approval().key().value());
        approval.put("action", a.approval().action());
        approval.put("reason", a.approval().reason());
        approval.put("requestedAt", a.approval().requestedAt().toString());
        approval.put("expiresAt", a.approval().expiresAt().toString());
      }
      case Notice.Recovered r -> node.put("how", r.how());
      case Notice.Opened o -> {}
      case Notice.Closed c -> {}
    }
    return node;
  }

  static ObjectNode report(IncidentReport r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("incident", r.incident());
    node.put("sla", r.sla());
    node.put("slaDescription", r.slaDescription());
    node.put("severity", r.severity());
    node.put("outcome", r.outcome());
    node.put("title", r.title());
    node.put("summary", r.summary());
    node.put("trigger", r.trigger());
    node.put("openedAt", r.openedAt().toString());
    put(node, "closedAt", r.closedAt().map(Instant::toString));
    ObjectNode impact = node.putObject("impact");
    strings(impact.putArray("slas"), r.impact().slas());
    strings(impact.putArray("nodes"), r.impact().nodes());
    ArrayNode timeline = node.putArray("timeline");
    r.timeline()
        .forEach(e ->
            timeline
                .addObject()
                .put("at", e.at().toString())
                .put("type", e.type())
                .put("message", e.message()));
    ArrayNode path = node.putArray("path");
    r.path().forEach(s -> step(path.addObject(), s));
    put(node, "rootCause", r.rootCause());
    put(node, "diagnosis", r.diagnosis());
    put(node, "knownError", r.knownError());
    ArrayNode changes = node.putArray("changes");
    r.changes()
        .forEach(c -> {
          ObjectNode change =
              changes
                  .addObject()
                  .put("at", c.at().toString())
                  .put("service", c.service())
                  .put("version", c.version());
          put(change, "author", c.author());
        });
    ArrayNode actions = node.putArray("actions");
    r.actions()
        .forEach(a ->
            actions
                .addObject()
                .put("at", a.at().toString())
                .put("action", a.action())
                .put("outcome", a.outcome())
                .put("detail", a.detail()));
    put(node, "slaBefore", r.slaBefore());
    put(node, "slaAfter", r.slaAfter());
    strings(node.putArray("nextSteps"), r.nextSteps());
    ArrayNode links = node.putArray("links");
    r.links().forEach(l -> links.addObject().put("label", l.label()).put("url", l.url()));
    r.hypothesis()
        .ifPresentOrElse(
            h -> hypothesis(node.putObject("hypothesis"), h), () -> node.putNull("hypothesis"));
    return node;
  }

  private static void hypothesis(ObjectNode node, IncidentReport.Hypothesis h) {
    node.put("reasoner", h.reasoner()).put("outcome", h.outcome()).put("summary", h.summary());
    put(node, "rootCause", h.rootCause());
    put(node, "explanation", h.explanation());
    strings(node.putArray("evidence"), h.evidence());
    put(node, "action", h.action());
    // Self-reported by the model: recorded, never used to decide.
    put(node, "selfReportedConfidence", h.confidence());
    strings(node.putArray("problems"), h.problems());
  }

  private static void step(ObjectNode node, IncidentReport.PathStep step) {
    node.put("node", step.node()).put("status", step.status()).put("finding", step.finding());
    strings(node.putArray("logLines"), step.logLines());
    strings(node.putArray("metrics"), step.metrics());
    strings(node.putArray("gaps"), step.gaps());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
