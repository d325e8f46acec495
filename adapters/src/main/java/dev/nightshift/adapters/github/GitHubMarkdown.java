package dev.nightshift.adapters.github;

import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import dev.nightshift.core.notify.Notice;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders an incident report as GitHub-flavoured markdown for an issue body or a comment. */
final class GitHubMarkdown {

  private static final Pattern SIGNIFICANT = Pattern.compile("[\\\\`*_\\[\\]<>#|~]");
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private GitHubMarkdown() {}

  static String issue(IncidentReport r) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(escape(r.title())).append("\n\n");
    md.append(escape(r.summary())).append("\n\n");
    facts(md, r);
    r.hypothesis().ifPresent(h -> hypothesis(md, h));
    md.append("### Impact\n\n");
    md.append("- SLAs: ").append(escape(String.join(", ", r.impact().slas()))).append('\n');
    md.append("- Nodes: ").append(escape(String.join(", ", r.impact().nodes()))).append("\n\n");
    path(md, r.path());
    changes(md, r);
    actions(md, r);
    md.append("### Timeline\n\n");
    r.timeline()
        .forEach(e ->
            md.append("- ")
                .append(e.at())
                .append(" **")
                .append(escape(e.type()))
                .append("** ")
                .append(escape(e.message()))
                .append('\n'));
    md.append('\n');
    if (!r.nextSteps().isEmpty()) {
      md.append("### Next steps\n\n");
      r.nextSteps().forEach(s -> md.append("- [ ] ").append(escape(s)).append('\n'));
      md.append('\n');
    }
    if (!r.links().isEmpty()) {
      md.append("### Links\n\n");
      r.links()
          .forEach(l ->
              md.append("- [")
                  .append(escape(l.label()))
                  .append("](")
                  .append(url(l.url()))
                  .append(")\n"));
      md.append('\n');
    }
    md.append("<sub>Reported by Nightshift.</sub>\n");
    return md.toString();
  }

  /** A comment: what happened now, then the report as it stands. */
  static String comment(Notice notice, IncidentReport r) {
    String headline =
        switch (notice) {
          case Notice.Opened o -> "Incident " + r.incident() + " opened again";
          case Notice.ApprovalRequested a ->
              "Approval needed: " + a.approval().action() + " (key " + a.approval().key() + ")";
          case Notice.Closed c -> "Incident " + r.incident() + " is " + c.kind();
          case Notice.Recovered rec -> "The SLA recovered: " + rec.how();
        };
    return "### " + escape(headline) + "\n\n" + issue(r);
  }

  private static void facts(StringBuilder md, IncidentReport r) {
    md.append("| | |\n|---|---|\n");
    row(md, "SLA", r.sla() + " — " + r.slaDescription());
    row(md, "Severity", r.severity());
    row(md, "Outcome", r.outcome());
    row(md, "Trigger", r.trigger());
    row(md, "SLA before", r.slaBefore().orElse("—"));
    row(md, "SLA after", r.slaAfter().orElse("—"));
    row(md, "Opened", r.openedAt().toString());
    row(md, "Closed", r.closedAt().map(Object::toString).orElse("still open"));
    row(md, "Root cause", r.rootCause().orElse("not found"));
    row(md, "Diagnosis", r.diagnosis().orElse("—"));
    row(md, "Known error", r.knownError().orElse("none matched"));
    md.append('\n');
  }

  private static void hypothesis(StringBuilder md, IncidentReport.Hypothesis h) {
    md.append("### Reasoner\n\n");
    md.append("**").append(escape(h.outcome())).append("** by ").append(escape(h.reasoner()));
    md.append(": ").append(escape(h.summary())).append("\n\n");
    h.rootCause().ifPresent(c -> md.append("- Root cause: ").append(escape(c)).append('\n'));
    h.explanation().ifPresent(e -> md.append("- Explanation: ").append(escape(e)).append('\n'));
    h.action().ifPresent(a -> md.append("- Proposed: ").append(escape(a)).append('\n'));
    h.confidence()
        .ifPresent(c ->
            md.append("- Confidence: ")
                .append(escape(c))
                .append(" (self-reported, not used to decide)\n"));
    h.problems().forEach(p -> md.append("- Rejected: ").append(escape(p)).append('\n'));
    md.append('\n');
    block(md, "Evidence quoted", h.evidence());
  }

  private static void row(StringBuilder md, String label, String value) {
    md.append("| **").append(label).append("** | ").append(cell(value)).append(" |\n");
  }

  private static void path(StringBuilder md, List<PathStep> path) {
    md.append("### Path walked\n\n");
    for (int i = 0; i < path.size(); i++) {
      PathStep step = path.get(i);
      md.append("#### ")
          .append(i + 1)
          .append(". ")
          .append(escape(step.node()))
          .append(" — ")
          .append(escape(step.status()))
          .append("\n\n");
      md.append(escape(step.finding())).append("\n\n");
      block(md, "Log lines", step.logLines());
      block(md, "Metrics", step.metrics());
      if (!step.gaps().isEmpty()) {
        md.append("Not checked:\n\n");
        step.gaps().forEach(g -> md.append("- ").append(escape(g)).append('\n'));
        md.append('\n');
      }
    }
  }

  private static void block(StringBuilder md, String label, List<String> lines) {
    if (!lines.isEmpty()) {
      md.append(label).append(":\n\n").append(fenced(String.join("\n", lines))).append('\n');
    }
  }

  private static void changes(StringBuilder md, IncidentReport r) {
    if (r.changes().isEmpty()) {
      return;
    }
    md.append("### Changes\n\n");
    r.changes()
        .forEach(c ->
            md.append("- ")
                .append(c.at())
                .append(" ")
                .append(escape(c.service()))
                .append(' ')
                .append(escape(c.version()))
                .append(c.author().map(a -> " by " + escape(a)).orElse(""))
                .append('\n'));
    md.append('\n');
  }

  private static void actions(StringBuilder md, IncidentReport r) {
    md.append("### Actions\n\n");
    if (r.actions().isEmpty()) {
      md.append("None taken.\n\n");
      return;
    }
    md.append("| Time | Action | Outcome | Detail |\n|---|---|---|---|\n");
    r.actions()
        .forEach(a ->
            md.append("| ")
                .append(a.at())
                .append(" | ")
                .append(cell(a.action()))
                .append(" | ")
                .append(cell(a.outcome()))
                .append(" | ")
                .append(cell(a.detail()))
                .append(" |\n"));
    md.append('\n');
  }

  /** Free text with every markdown-significant character taken literally. */
  static String escape(String text) {
    return SIGNIFICANT.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }

  // A table cell ends at a line break; a pipe is already escaped.
  private static String cell(String text) {
    return escape(text).replace("\r", " ").replace("\n", " ");
  }

  /** A code block whose fence is longer than any run of backticks inside, so nothing escapes it. */
  static String fenced(String text) {
    int longest = 0;
    Matcher runs = BACKTICKS.matcher(text);
    while (runs.find()) {
      longest = Math.max(longest, runs.group().length());
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + "text\n" + text + "\n" + fence + "\n";
  }

  // Characters that would end a link destination early.
  private static String url(String url) {
    return url.replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E");
  }
}
