package dev.nightshift.core.notify;

import dev.nightshift.core.change.Correlation;
import dev.nightshift.core.notify.IncidentReport.ActionLine;
import dev.nightshift.core.notify.IncidentReport.Change;
import dev.nightshift.core.notify.IncidentReport.Entry;
import dev.nightshift.core.notify.IncidentReport.Hypothesis;
import dev.nightshift.core.notify.IncidentReport.Link;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import java.time.Duration;
import java.util.List;

/**
 * The plain-text rendering of an {@link IncidentReport}: the report kept with each incident, and
 * what the CLI prints. Plain text, so nothing needs escaping.
 */
public final class TextReport {

  private TextReport() {}

  public static String render(IncidentReport r) {
    StringBuilder out = new StringBuilder();
    line(out, r.title());
    line(out, "What fired:  " + r.trigger() + " at " + r.openedAt());
    line(out, "SLA:         " + r.sla() + ": " + r.slaDescription());
    line(out, "");
    line(out, "Summary:     " + r.summary());
    line(
        out,
        "Impact:      SLAs " + join(r.impact().slas()) + "; nodes " + join(r.impact().nodes()));
    line(out, "");
    path(out, r.path());
    line(out, "");
    line(
        out,
        "Diagnosis:   "
            + r.diagnosis().orElse("none")
            + r.rootCause().map(c -> " (root cause: " + c + ")").orElse(""));
    line(out, "Known error: " + r.knownError().orElse("none"));
    r.hypothesis().ifPresent(h -> hypothesis(out, h));
    changes(out, r);
    line(out, "");
    actions(out, r.actions());
    line(out, "");
    line(out, "Timeline:");
    for (Entry e : r.timeline()) {
      line(
          out,
          "  +"
              + Words.took(Duration.between(r.openedAt(), e.at()))
              + "  "
              + e.type()
              + "  "
              + e.message());
    }
    line(out, "");
    line(out, "SLA before:  " + r.slaBefore().orElse("not measured"));
    line(out, "SLA after:   " + r.slaAfter().orElse("not measured"));
    line(out, "Outcome:     " + r.outcome().toUpperCase(java.util.Locale.ROOT).replace('_', ' '));
    list(out, "Next steps:", r.nextSteps());
    list(out, "Links:", r.links().stream().map(TextReport::link).toList());
    return out.toString();
  }

  private static void path(StringBuilder out, List<PathStep> path) {
    line(out, "Path walked:" + (path.isEmpty() ? " nothing (no walk yet)" : ""));
    for (PathStep s : path) {
      line(out, "  " + mark(s.status()) + " " + s.node() + " — " + s.status() + ": " + s.finding());
      s.logLines().forEach(l -> line(out, "      log: " + l));
      s.metrics().forEach(l -> line(out, "      metric: " + l));
      s.gaps().forEach(l -> line(out, "      missing: " + l));
    }
  }

  private static void hypothesis(StringBuilder out, Hypothesis h) {
    line(out, "Reasoner:    " + h.reasoner() + " — " + h.outcome() + ": " + h.summary());
    h.rootCause().ifPresent(c -> line(out, "  root cause:  " + c));
    h.explanation().ifPresent(e -> line(out, "  explanation: " + e));
    h.evidence().forEach(e -> line(out, "  evidence:    " + e));
    h.action().ifPresent(a -> line(out, "  proposed:    " + a));
    h.confidence()
        .ifPresent(c -> line(out, "  confidence:  " + c + " (self-reported, not used to decide)"));
    h.problems().forEach(p -> line(out, "  rejected:    " + p));
  }

  private static void changes(StringBuilder out, IncidentReport r) {
    line(out, r.changes().isEmpty() ? "Changes:     none in the correlation window" : "Changes:");
    for (Change c : r.changes()) {
      line(
          out,
          "  "
              + c.at()
              + "  "
              + c.service()
              + " "
              + c.version()
              + c.author().map(a -> " by " + a).orElse("")
              + " ("
              + Correlation.relative(c.at(), r.openedAt())
              + " the incident opened)");
    }
  }

  private static void actions(StringBuilder out, List<ActionLine> actions) {
    line(out, "Actions:" + (actions.isEmpty() ? " none" : ""));
    for (ActionLine a : actions) {
      line(out, "  " + a.at() + "  " + a.action() + " — " + a.outcome() + ": " + a.detail());
    }
  }

  private static void list(StringBuilder out, String heading, List<String> items) {
    if (!items.isEmpty()) {
      line(out, heading);
      items.forEach(i -> line(out, "  - " + i));
    }
  }

  private static String link(Link l) {
    return l.label() + ": " + l.url();
  }

  private static String mark(String status) {
    return switch (status) {
      case "healthy" -> "ok ";
      case "unknown" -> "?? ";
      default -> "XX ";
    };
  }

  private static String join(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
