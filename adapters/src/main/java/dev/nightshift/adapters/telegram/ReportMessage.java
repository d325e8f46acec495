package dev.nightshift.adapters.telegram;

import static dev.nightshift.adapters.telegram.Html.clip;
import static dev.nightshift.adapters.telegram.Html.escape;

import dev.nightshift.adapters.telegram.Html.Section;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.policy.Approval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An incident report as one Telegram HTML message, read on a phone: what happened and what to do
 * first; the walk, changes and timeline after, shortened when the message would be too long.
 */
final class ReportMessage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final int SUMMARY_CHARS = 1500;
  private static final int LINE_CHARS = 400;
  private static final int CODE_CHARS = 300;

  private ReportMessage() {}

  /** The message for {@code notice}; {@code now} says how long an open incident has been open. */
  static String render(Notice notice, IncidentReport report, Instant now) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        Section.fixed(
            "", List.of(header(notice), "<b>" + clip(report.title(), LINE_CHARS) + "</b>")));
    sections.add(Section.fixed("", noticeLines(notice)));
    sections.add(Section.fixed("", List.of(clip(report.summary(), SUMMARY_CHARS))));
    sections.add(Section.fixed("", facts(report, now)));
    sections.add(Section.fixed("Reasoner", hypothesis(report)));
    sections.add(Section.fixed("Next steps", numbered(report.nextSteps())));
    sections.add(Section.fixed("Actions", actions(report)));
    sections.add(Section.elastic("Path", report.path().stream().map(ReportMessage::step).toList()));
    sections.add(Section.elastic("Changes", changes(report)));
    sections.add(Section.elastic("Timeline", timeline(report)));
    sections.add(Section.fixed("Links", links(report)));
    return Html.fit(sections);
  }

  private static String header(Notice notice) {
    return switch (notice) {
      case Notice.Opened o -> "🔴 <b>Incident opened</b>";
      case Notice.ApprovalRequested a -> "⏳ <b>Approval needed</b>";
      case Notice.Closed c ->
          c.incident().state() == IncidentState.RESOLVED
              ? "✅ <b>Resolved</b>"
              : "🚨 <b>Escalated: a human is needed</b>";
      case Notice.Recovered r -> "💚 <b>Recovered</b>";
    };
  }

  private static List<String> noticeLines(Notice notice) {
    return switch (notice) {
      case Notice.ApprovalRequested a -> approval(a.approval());
      case Notice.Recovered r -> List.of("How: " + clip(r.how(), LINE_CHARS));
      case Notice.Opened o -> List.of();
      case Notice.Closed c -> List.of();
    };
  }

  private static List<String> approval(Approval approval) {
    return List.of(
        "<b>Approve?</b> <code>" + clip(approval.action(), CODE_CHARS) + "</code>",
        "Why: " + clip(approval.reason(), LINE_CHARS),
        "Expires: " + DATE_TIME.format(approval.expiresAt()),
        "Or type: <code>approve " + escape(approval.key().value()) + "</code>");
  }

  private static List<String> facts(IncidentReport report, Instant now) {
    List<String> facts = new ArrayList<>();
    facts.add(fact("SLA", report.sla() + ": " + report.slaDescription()));
    facts.add(fact("Trigger", report.trigger()));
    String opened = DATE_TIME.format(report.openedAt());
    if (report.closedAt().isEmpty()) {
      opened += ", open for " + Durations.format(openFor(report, now));
    }
    facts.add(fact("Opened", opened));
    report.rootCause().ifPresent(cause -> facts.add(fact("Root cause", cause)));
    report.diagnosis().ifPresent(why -> facts.add(fact("Diagnosis", why)));
    report.knownError().ifPresent(known -> facts.add(fact("Known error", known)));
    List<String> impact = new ArrayList<>();
    if (!report.impact().slas().isEmpty()) {
      impact.add("SLAs " + String.join(", ", report.impact().slas()));
    }
    if (!report.impact().nodes().isEmpty()) {
      impact.add("nodes " + String.join(", ", report.impact().nodes()));
    }
    if (!impact.isEmpty()) {
      facts.add(fact("Impact", String.join("; ", impact)));
    }
    Optional<String> sla =
        report
            .slaAfter()
            .map(after -> report.slaBefore().orElse("?") + " → " + after)
            .or(report::slaBefore);
    sla.ifPresent(value -> facts.add(fact("SLA value", value)));
    return facts;
  }

  private static List<String> hypothesis(IncidentReport report) {
    List<String> lines = new ArrayList<>();
    report
        .hypothesis()
        .ifPresent(h -> {
          lines.add(fact("Outcome", h.outcome() + " (" + h.reasoner() + ")"));
          lines.add(clip(h.summary(), LINE_CHARS));
          h.rootCause().ifPresent(c -> lines.add(fact("Root cause", c)));
          h.explanation().ifPresent(e -> lines.add(fact("Why", e)));
          h.evidence().forEach(e -> lines.add("• <code>" + clip(e, CODE_CHARS) + "</code>"));
          h.action().ifPresent(a -> lines.add(fact("Proposed", a)));
          h.confidence()
              .ifPresent(
                  c -> lines.add(fact("Confidence", c + " (self-reported, not used to decide)")));
          h.problems().forEach(p -> lines.add("✗ " + clip(p, LINE_CHARS)));
        });
    return lines;
  }

  // A clock a little behind the store's must not make a negative duration.
  private static Duration openFor(IncidentReport report, Instant now) {
    Duration open = report.duration(now).truncatedTo(ChronoUnit.SECONDS);
    return open.isNegative() ? Duration.ZERO : open;
  }

  private static String fact(String label, String value) {
    return "<b>" + label + ":</b> " + clip(value, LINE_CHARS);
  }

  private static List<String> numbered(List<String> items) {
    return IntStream.range(0, items.size())
        .mapToObj(i -> (i + 1) + ". " + clip(items.get(i), LINE_CHARS))
        .toList();
  }

  private static List<String> actions(IncidentReport report) {
    return report.actions().stream()
        .map(a ->
            "• "
                + TIME.format(a.at())
                + " <code>"
                + clip(a.action(), CODE_CHARS)
                + "</code>: <b>"
                + escape(a.outcome())
                + "</b>"
                + (a.detail().isBlank() ? "" : " — " + clip(a.detail(), LINE_CHARS)))
        .toList();
  }

  private static String step(PathStep step) {
    List<String> rows = new ArrayList<>();
    rows.add(
        "• <b>"
            + escape(step.node())
            + "</b> ("
            + escape(step.status())
            + "): "
            + clip(step.finding(), LINE_CHARS));
    step.metrics().forEach(m -> rows.add("  <code>" + clip(m, CODE_CHARS) + "</code>"));
    step.logLines().forEach(l -> rows.add("  <code>" + clip(l, CODE_CHARS) + "</code>"));
    step.gaps().forEach(g -> rows.add("  <i>not checked: " + clip(g, LINE_CHARS) + "</i>"));
    return String.join("\n", rows);
  }

  private static List<String> changes(IncidentReport report) {
    return report.changes().stream()
        .map(c ->
            "• "
                + TIME.format(c.at())
                + " "
                + clip(c.service() + " " + c.version(), LINE_CHARS)
                + c.author().map(a -> " by " + clip(a, LINE_CHARS)).orElse(""))
        .toList();
  }

  private static List<String> timeline(IncidentReport report) {
    return report.timeline().stream()
        .map(e ->
            TIME.format(e.at())
                + " <i>"
                + escape(e.type())
                + "</i> "
                + clip(e.message(), LINE_CHARS))
        .toList();
  }

  // Telegram refuses an <a href> that is not an absolute URL; a relative runbook path is shown.
  private static List<String> links(IncidentReport report) {
    return report.links().stream()
        .map(l ->
            l.url().startsWith("https://") || l.url().startsWith("http://")
                ? "<a href=\"" + escape(l.url()) + "\">" + clip(l.label(), LINE_CHARS) + "</a>"
                : clip(l.label(), LINE_CHARS) + ": <code>" + clip(l.url(), CODE_CHARS) + "</code>")
        .toList();
  }
}
