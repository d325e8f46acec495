package dev.nightshift.core.review;

import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.IncidentReport.Entry;
import java.time.Duration;
import java.util.List;

/** The markdown of a postmortem draft, in the order a team reads one. */
public final class PostmortemMarkdown {

  private PostmortemMarkdown() {}

  public static String render(Postmortem p) {
    IncidentReport r = p.report();
    StringBuilder out = new StringBuilder();
    line(out, "# Postmortem: " + r.title());
    line(out, "");
    line(out, "| | |");
    line(out, "|---|---|");
    line(out, "| Status | " + r.outcome() + " |");
    line(out, "| Date | " + r.openedAt() + " |");
    line(
        out,
        "| Duration | "
            + Lessons.words(p.duration())
            + (r.closedAt().isEmpty() ? " (still open)" : "")
            + " |");
    line(out, "| Severity | " + r.severity() + " |");
    line(out, "| SLA | " + r.sla() + ": " + r.slaDescription() + " |");
    section(out, "Summary");
    line(out, r.summary());
    section(out, "Impact");
    line(out, "- SLAs: " + join(r.impact().slas()));
    line(out, "- Nodes: " + join(r.impact().nodes()));
    line(out, "- SLA before: " + r.slaBefore().orElse("not measured"));
    line(out, "- SLA after: " + r.slaAfter().orElse("not measured"));
    section(out, "Timeline");
    for (Entry e : r.timeline()) {
      line(
          out,
          "- "
              + e.at()
              + " (+"
              + Lessons.words(Duration.between(r.openedAt(), e.at()))
              + ") **"
              + e.type()
              + "** "
              + e.message());
    }
    section(out, "Root cause");
    line(out, r.rootCause().map(c -> "**" + c + "**").orElse("Not located."));
    r.diagnosis().ifPresent(d -> line(out, "\nWhy: " + d));
    r.knownError().ifPresent(k -> line(out, "\nKnown error: " + k));
    for (var c : r.changes()) {
      line(
          out,
          "\nChange nearby: "
              + c.service()
              + " "
              + c.version()
              + c.author().map(a -> " by " + a).orElse("")
              + " at "
              + c.at());
    }
    list(out, "What went well", p.wentWell());
    list(out, "What went wrong", p.wentWrong());
    section(out, "Action items");
    p.actionItems().forEach(a -> line(out, "- [ ] " + a));
    if (p.actionItems().isEmpty()) {
      line(out, "- [ ] (none derived; add your own)");
    }
    section(out, "Appendix: evidence");
    line(out, "```");
    p.appendix().forEach(a -> line(out, a));
    line(out, "```");
    return out.toString();
  }

  private static void list(StringBuilder out, String heading, List<String> items) {
    section(out, heading);
    items.forEach(i -> line(out, "- " + i));
    if (items.isEmpty()) {
      line(out, "- (nothing recorded)");
    }
  }

  private static void section(StringBuilder out, String heading) {
    line(out, "");
    line(out, "## " + heading);
    line(out, "");
  }

  private static String join(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
