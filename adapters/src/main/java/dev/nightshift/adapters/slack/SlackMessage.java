package dev.nightshift.adapters.slack;

import static dev.nightshift.adapters.slack.Mrkdwn.escape;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.policy.Approval;
import java.util.ArrayList;
import java.util.List;

/**
 * One notice as a Slack message: Block Kit blocks for the report, within Slack's limits, and a
 * plain {@code text} fallback for notifications and old clients. The same for both transports.
 */
final class SlackMessage {

  private static final int TEXT_CHARS = 3000;

  private SlackMessage() {}

  /** {@code {"text": ..., "blocks": [...]}}; each transport adds its own fields. */
  static ObjectNode render(Notice notice, IncidentReport report) {
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.put(
        "text",
        Mrkdwn.truncate(escape(report.title()) + "\n" + escape(report.summary()), TEXT_CHARS));
    message
        .putArray("blocks")
        .addAll(fit(head(notice, report), ReportSections.of(report), tail(report)));
    return message;
  }

  /** The short emoji that says at a glance what kind of notice this is. */
  static String emoji(Notice notice) {
    return switch (notice) {
      case Notice.Opened o -> ":red_circle:";
      case Notice.ApprovalRequested a -> ":hourglass:";
      case Notice.Closed c ->
          c.incident().state() == IncidentState.RESOLVED
              ? ":white_check_mark:"
              : ":rotating_light:";
      case Notice.Recovered r -> ":green_heart:";
    };
  }

  private static List<ObjectNode> head(Notice notice, IncidentReport report) {
    List<ObjectNode> blocks = new ArrayList<>();
    blocks.add(Blocks.header(emoji(notice) + " " + report.title()));
    blocks.add(Blocks.section(escape(report.summary())));
    if (notice instanceof Notice.Recovered recovered) {
      blocks.add(Blocks.section(":green_heart: *Recovered:* " + escape(recovered.how())));
    }
    blocks.add(Blocks.fields(fields(report)));
    if (notice instanceof Notice.ApprovalRequested requested) {
      blocks.add(Blocks.section(approval(requested.approval())));
      blocks.add(Blocks.approvalButtons(requested.approval().key().value()));
    }
    return blocks;
  }

  private static List<String> fields(IncidentReport report) {
    List<String> fields = new ArrayList<>();
    fields.add(field("SLA", "`" + escape(report.sla()) + "` — " + escape(report.slaDescription())));
    fields.add(field("Severity", escape(report.severity())));
    fields.add(field("Outcome", escape(report.outcome())));
    report.rootCause().ifPresent(c -> fields.add(field("Root cause", "`" + escape(c) + "`")));
    report.knownError().ifPresent(k -> fields.add(field("Known error", escape(k))));
    fields.add(field("Trigger", escape(report.trigger())));
    report
        .slaAfter()
        .ifPresent(after ->
            fields.add(
                field(
                    "SLA before → after",
                    escape(report.slaBefore().orElse("?")) + " → " + escape(after))));
    if (!report.impact().slas().isEmpty() || !report.impact().nodes().isEmpty()) {
      List<String> impacted = new ArrayList<>(report.impact().slas());
      impacted.addAll(report.impact().nodes());
      fields.add(field("Impact", escape(String.join(", ", impacted))));
    }
    return fields;
  }

  private static String field(String name, String escapedValue) {
    return "*" + name + "*\n" + escapedValue;
  }

  private static String approval(Approval approval) {
    return ":hourglass: *Approval needed:* `"
        + escape(approval.action())
        + "`\n"
        + escape(approval.reason())
        + "\nExpires "
        + Mrkdwn.date(approval.expiresAt())
        + " · key `"
        + escape(approval.key().value())
        + "`";
  }

  private static List<ObjectNode> tail(IncidentReport report) {
    String closed =
        report
            .closedAt()
            .map(at ->
                " · closed " + Mrkdwn.date(at) + " after " + Durations.format(report.duration(at)))
            .orElse("");
    return List.of(
        Blocks.context(
            "Incident "
                + report.incident()
                + " · opened "
                + Mrkdwn.date(report.openedAt())
                + closed
                + " · Nightshift"));
  }

  /**
   * Keeps head and tail whole (the buttons must survive) and cuts the body to Slack's 50 blocks.
   */
  private static List<ObjectNode> fit(
      List<ObjectNode> head, List<ObjectNode> body, List<ObjectNode> tail) {
    int room = Blocks.MAX_BLOCKS - head.size() - tail.size();
    List<ObjectNode> blocks = new ArrayList<>(head);
    if (body.size() <= room) {
      blocks.addAll(body);
    } else {
      blocks.addAll(body.subList(0, room - 1));
      int left = body.size() - (room - 1);
      blocks.add(Blocks.context(Mrkdwn.ELLIPSIS + " " + left + " more sections left out"));
    }
    blocks.addAll(tail);
    return blocks;
  }
}
