package dev.nightshift.adapters.slack;

import static dev.nightshift.adapters.slack.Mrkdwn.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.IncidentReport.ActionLine;
import dev.nightshift.core.notify.IncidentReport.Change;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The body of a report message: the path walked, actions, changes, next steps and links. */
final class ReportSections {

  private ReportSections() {}

  static List<ObjectNode> of(IncidentReport report) {
    List<ObjectNode> blocks = new ArrayList<>();
    if (!report.path().isEmpty()) {
      blocks.add(Blocks.divider());
      blocks.add(Blocks.section("*Path walked*"));
      report.path().forEach(step -> blocks.add(Blocks.section(step(step))));
    }
    report.hypothesis().ifPresent(h -> blocks.add(Blocks.section(hypothesis(h))));
    list("Actions", report.actions().stream().map(ReportSections::action).toList())
        .ifPresent(blocks::add);
    list("Changes", report.changes().stream().map(ReportSections::change).toList())
        .ifPresent(blocks::add);
    List<String> steps = report.nextSteps();
    list(
            "Next steps",
            IntStream.range(0, steps.size())
                .mapToObj(i -> (i + 1) + ". " + escape(steps.get(i)))
                .toList())
        .ifPresent(blocks::add);
    list("Links", report.links().stream().map(l -> "• " + Mrkdwn.link(l.label(), l.url())).toList())
        .ifPresent(blocks::add);
    return blocks;
  }

  /** The reasoner's answer; its confidence is shown but never decided anything. */
  static String hypothesis(IncidentReport.Hypothesis h) {
    List<String> lines = new ArrayList<>();
    lines.add("*Reasoner* (" + escape(h.reasoner()) + ") — *" + escape(h.outcome()) + "*");
    lines.add(escape(h.summary()));
    h.rootCause().ifPresent(c -> lines.add("Root cause: `" + escape(c) + "`"));
    h.explanation().ifPresent(e -> lines.add("Why: " + escape(e)));
    h.evidence().forEach(e -> lines.add("• " + escape(e)));
    h.action().ifPresent(a -> lines.add("Proposed: `" + escape(a) + "`"));
    h.confidence()
        .ifPresent(
            c -> lines.add("Confidence: " + escape(c) + " _(self-reported, not used to decide)_"));
    h.problems().forEach(p -> lines.add(":x: " + escape(p)));
    return Mrkdwn.truncate(String.join("\n", lines), Blocks.SECTION_CHARS);
  }

  /** A node, its finding, and the evidence as a code block that still closes when cut. */
  static String step(PathStep step) {
    String head =
        statusEmoji(step.status())
            + " *"
            + escape(step.node())
            + "* — "
            + escape(step.status())
            + "\n"
            + escape(step.finding());
    List<String> evidence = new ArrayList<>(step.logLines());
    evidence.addAll(step.metrics());
    step.gaps().forEach(gap -> evidence.add("not checked: " + gap));
    if (evidence.isEmpty()) {
      return head;
    }
    String lines = evidence.stream().map(Mrkdwn::escape).collect(Collectors.joining("\n"));
    int room = Blocks.SECTION_CHARS - head.length() - 1 - 6;
    return head + "\n" + Mrkdwn.codeBlock(Mrkdwn.truncate(lines, Math.max(room, 1)));
  }

  static String statusEmoji(String status) {
    return switch (status) {
      case "healthy" -> ":large_green_circle:";
      case "degraded" -> ":large_yellow_circle:";
      case "down" -> ":red_circle:";
      default -> ":white_circle:";
    };
  }

  private static String action(ActionLine line) {
    return "• "
        + outcomeEmoji(line.outcome())
        + " `"
        + escape(line.action())
        + "` — *"
        + escape(line.outcome())
        + "*: "
        + escape(line.detail())
        + " ("
        + Mrkdwn.clock(line.at())
        + ")";
  }

  private static String outcomeEmoji(String outcome) {
    return switch (outcome) {
      case "executed" -> ":white_check_mark:";
      case "failed" -> ":x:";
      case "denied" -> ":no_entry:";
      case "pending_approval" -> ":hourglass:";
      default -> ":memo:";
    };
  }

  private static String change(Change change) {
    return "• `"
        + escape(change.service())
        + "` → `"
        + escape(change.version())
        + "`"
        + change.author().map(a -> " by " + escape(a)).orElse("")
        + " at "
        + Mrkdwn.clock(change.at());
  }

  private static java.util.Optional<ObjectNode> list(String title, List<String> lines) {
    if (lines.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Blocks.section("*" + title + "*\n" + String.join("\n", lines)));
  }
}
