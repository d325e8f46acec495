package dev.nightshift.app.cli;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.review.IncidentStats;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text of {@code nightshift report}, saying what each figure measures. */
final class StatsText {

  static final String MTTD_NOTE =
      "opening minus when the SLA first broke, where an alert recorded it; 0 where it was not"
          + " recorded, so this understates detection time";
  static final String MTTR_NOTE = "opened to closed (resolved or escalated), closed incidents only";

  private StatsText() {}

  static String render(IncidentStats s, String since) {
    StringBuilder out = new StringBuilder();
    line(
        out,
        "Incidents opened in the last "
            + since
            + " ("
            + s.from()
            + " to "
            + s.to()
            + "): "
            + s.total());
    for (Map.Entry<String, Map<String, Integer>> e : s.bySla().entrySet()) {
      int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      line(
          out,
          "  "
              + e.getKey()
              + ": "
              + n
              + " ("
              + e.getValue().entrySet().stream()
                  .map(x -> x.getKey() + " " + x.getValue())
                  .collect(Collectors.joining(", "))
              + ")");
    }
    line(
        out,
        String.format(
            Locale.ROOT,
            "Auto-resolved: %d of %d (%.0f%%), resolved without escalation",
            s.autoResolved(),
            s.total(),
            100 * s.autoResolvedShare()));
    line(out, "MTTD: " + spread(s.timeToDetect()) + " — " + MTTD_NOTE);
    line(out, "MTTR: " + spread(s.timeToResolve()) + " — " + MTTR_NOTE);
    line(
        out,
        "Recurring known errors (against the previous "
            + since
            + "):"
            + (s.recurring().isEmpty() ? " none" : ""));
    s.recurring()
        .forEach(r ->
            line(
                out,
                "  "
                    + r.knownError()
                    + "  "
                    + r.count()
                    + " "
                    + r.trend()
                    + " ("
                    + r.previous()
                    + " before)"));
    line(out, "Escalations:" + (s.escalations().isEmpty() ? " none" : ""));
    s.escalations()
        .forEach(e -> line(out, "  #" + e.incident() + " " + e.sla() + ": " + e.reason()));
    line(out, "Denied and blocked actions:" + (s.blocked().isEmpty() ? " none" : ""));
    s.blocked()
        .forEach(b ->
            line(
                out,
                "  #" + b.incident() + " " + b.action() + " — " + b.outcome() + ": " + b.reason()));
    return out.toString();
  }

  private static String spread(IncidentStats.Spread s) {
    return "median " + words(s.median()) + ", p90 " + words(s.p90()) + " over " + s.count();
  }

  private static String words(Duration d) {
    return Durations.format(Duration.ofSeconds(d.toSeconds()));
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
