package dev.nightshift.core.pipeline;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.topology.DependencyTree;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes the report a human reads when an incident ends: what fired, the path walked with each
 * node's finding and evidence, the root cause and known error, what was done and its result, the
 * SLA before and after, and why it ended as it did.
 */
final class ReportWriter {

  private final DependencyTree tree;

  ReportWriter(DependencyTree tree) {
    this.tree = tree;
  }

  String write(Incident incident, List<TimelineEvent> events, List<ActionRecord> actions) {
    StringBuilder out = new StringBuilder();
    String outcome = incident.state().toString().toUpperCase(java.util.Locale.ROOT);
    Duration took =
        Duration.between(incident.openedAt(), incident.closedAt().orElse(incident.updatedAt()));
    line(
        out,
        "Incident "
            + incident.id()
            + " — "
            + incident.sla()
            + " ("
            + incident.severity()
            + ") — "
            + outcome
            + " after "
            + seconds(took));
    line(out, "What fired:  " + incident.trigger() + " at " + incident.openedAt());
    tree.sla(incident.sla())
        .ifPresent(sla ->
            line(
                out,
                "SLA:         "
                    + sla.description()
                    + ", objective "
                    + sla.objective()
                    + ", window "
                    + sla.window().name()));
    line(out, "");
    line(out, "Path walked:");
    for (TimelineEvent e : events) {
      if (e.type() == EventType.NODE_CHECKED) {
        Map<String, String> f = e.facts();
        line(
            out,
            "  "
                + mark(f.get("status"))
                + " "
                + f.get("node")
                + " — "
                + f.get("status")
                + ": "
                + f.get("reason"));
        indented(out, "      log: ", f.get("errors"));
        indented(out, "      metric: ", f.get("metrics"));
        indented(out, "      missing: ", f.get("gaps"));
      }
    }
    line(out, "");
    for (TimelineEvent e : events) {
      switch (e.type()) {
        case DIAGNOSED -> line(out, "Diagnosis:   " + e.message() + rootCause(e));
        case KNOWN_ERROR_MATCHED -> line(out, "Known error: " + e.message());
        case NO_KNOWN_ERROR -> line(out, "Known error: none — " + e.message());
        default -> {}
      }
    }
    line(out, "");
    line(out, "Actions:" + (actions.isEmpty() ? " none" : ""));
    for (ActionRecord a : actions) {
      line(
          out,
          "  "
              + a.at()
              + "  "
              + a.type()
              + " on "
              + a.resource()
              + " ["
              + a.actionClass()
              + "] — "
              + a.outcome()
              + ": "
              + a.detail());
    }
    line(out, "");
    line(out, "Timeline:");
    for (TimelineEvent e : events) {
      if (e.type() != EventType.NODE_CHECKED && e.type() != EventType.REPORTED) {
        line(
            out,
            "  +"
                + seconds(Duration.between(incident.openedAt(), e.at()))
                + "  "
                + e.type()
                + "  "
                + e.message());
      }
    }
    line(out, "");
    TimelineEvent last = events.getLast();
    line(out, "SLA before:  " + incident.trigger());
    line(out, "SLA after:   " + last.facts().getOrDefault("sla_now", "not measured"));
    line(out, "Outcome:     " + outcome + " — " + last.message());
    if (incident.state() == dev.nightshift.core.incident.IncidentState.ESCALATED) {
      line(
          out,
          "Next steps:  a human takes over from here; the path and evidence above are where to start.");
    }
    return out.toString();
  }

  private static String rootCause(TimelineEvent e) {
    String cause = e.facts().get("root_cause");
    return cause == null ? "" : " (root cause: " + cause + ")";
  }

  private static String mark(String status) {
    return switch (status) {
      case "healthy" -> "ok ";
      case "unknown" -> "?? ";
      default -> "XX ";
    };
  }

  private static void indented(
      StringBuilder out, String prefix, @org.jspecify.annotations.Nullable String text) {
    if (text != null) {
      text.lines().forEach(l -> line(out, prefix + l));
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + "s"
        : String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
