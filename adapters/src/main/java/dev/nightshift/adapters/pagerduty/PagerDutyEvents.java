package dev.nightshift.adapters.pagerduty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import java.util.Locale;
import java.util.Optional;

/** Renders an Events API v2 event (trigger or resolve) from a notice and its report. */
final class PagerDutyEvents {

  static final int SUMMARY_LIMIT = 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PagerDutyEvents() {}

  /** One alert per incident: every event for it carries the same key. */
  static String dedupKey(long incident) {
    return "nightshift-incident-" + incident;
  }

  /** The action a notice asks of PagerDuty: resolve when the incident is over, else trigger. */
  static String action(Notice notice) {
    return switch (notice) {
      case Notice.Opened o -> "trigger";
      case Notice.ApprovalRequested a -> "trigger";
      case Notice.Closed c ->
          c.incident().state() == IncidentState.RESOLVED ? "resolve" : "trigger";
      case Notice.Recovered r -> "resolve";
    };
  }

  static String render(Notice notice, IncidentReport report, String routingKey) {
    ObjectNode event = JSON.createObjectNode();
    String action = action(notice);
    event.put("routing_key", routingKey);
    event.put("event_action", action);
    event.put("dedup_key", dedupKey(report.incident()));
    if (action.equals("trigger")) {
      event.set("payload", payload(notice, report));
      event.put("client", "Nightshift");
      event.set("links", links(report));
    }
    try {
      return JSON.writeValueAsString(event);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render a PagerDuty event", e);
    }
  }

  private static ObjectNode payload(Notice notice, IncidentReport report) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("summary", summary(notice, report));
    payload.put("source", report.rootCause().orElse(report.sla()));
    payload.put("severity", severity(report.severity()));
    payload.put("timestamp", report.openedAt().toString());
    payload.put("group", report.sla());
    payload.put("class", report.knownError().map(k -> k.split(":", 2)[0]).orElse("unknown"));
    payload.set("custom_details", details(report));
    return payload;
  }

  static String summary(Notice notice, IncidentReport report) {
    String text =
        switch (notice) {
          case Notice.ApprovalRequested a ->
              report.title() + " — approval needed: " + a.approval().action();
          case Notice.Opened o -> report.title();
          case Notice.Closed c -> report.title();
          case Notice.Recovered r -> report.title();
        };
    return text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT - 1) + "…";
  }

  /** PagerDuty knows four severities; ours are sevN or the YAML names. */
  static String severity(String severity) {
    return switch (severity.toLowerCase(Locale.ROOT)) {
      case "sev1", "critical" -> "critical";
      case "sev2", "high" -> "error";
      case "sev3", "medium" -> "warning";
      default -> "info";
    };
  }

  private static ObjectNode details(IncidentReport report) {
    ObjectNode details = JSON.createObjectNode();
    details.put("incident", report.incident());
    details.put("sla", report.sla() + " — " + report.slaDescription());
    details.put("outcome", report.outcome());
    details.put("trigger", report.trigger());
    details.put("summary", report.summary());
    put(details, "root_cause", report.rootCause());
    put(details, "diagnosis", report.diagnosis());
    put(details, "known_error", report.knownError());
    ArrayNode path = details.putArray("path");
    report.path().forEach(s -> path.add(s.node() + " (" + s.status() + "): " + s.finding()));
    ArrayNode actions = details.putArray("actions");
    report
        .actions()
        .forEach(a -> actions.add(a.action() + " — " + a.outcome() + ": " + a.detail()));
    ArrayNode next = details.putArray("next_steps");
    report.nextSteps().forEach(next::add);
    ObjectNode impact = details.putObject("impact");
    report.impact().slas().forEach(impact.putArray("slas")::add);
    report.impact().nodes().forEach(impact.putArray("nodes")::add);
    return details;
  }

  // PagerDuty shows links as anchors; a relative runbook path would be a dead one.
  private static ArrayNode links(IncidentReport report) {
    ArrayNode links = JSON.createArrayNode();
    report.links().stream()
        .filter(l -> l.url().startsWith("http://") || l.url().startsWith("https://"))
        .forEach(l -> links.addObject().put("href", l.url()).put("text", l.label()));
    return links;
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
