package dev.nightshift.core.review;

import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.IncidentReport.ActionLine;
import dev.nightshift.core.notify.IncidentReport.Entry;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What went well and what went wrong, read off a report's timeline, actions and path. */
record Lessons(List<String> wentWell, List<String> wentWrong) {

  static Lessons of(IncidentReport r) {
    List<String> well = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    well.add(
        "Detected by Nightshift at "
            + r.openedAt()
            + " (detection latency is not measured: the store keeps when the breach was detected,"
            + " not when the SLA first broke)");
    List<PathStep> blind = r.path().stream().filter(p -> !p.gaps().isEmpty()).toList();
    if (r.rootCause().isPresent() && blind.isEmpty()) {
      well.add(
          "Every walked node could be checked; the root cause "
              + r.rootCause().get()
              + " was located");
    }
    blind.forEach(
        p -> wrong.add("Blind source: " + p.node() + " — " + String.join("; ", p.gaps())));
    if (r.knownError().isPresent()) {
      well.add("Known error " + r.knownError().get() + " matched");
    } else if (r.rootCause().isPresent()) {
      wrong.add("No known error matched " + r.rootCause().get());
    }
    for (ActionLine a : r.actions()) {
      switch (a.outcome()) {
        case "executed" -> well.add("Ran " + a.action() + ": " + a.detail());
        case "failed" -> wrong.add("Action failed: " + a.action() + ": " + a.detail());
        case "denied" -> wrong.add("Action denied: " + a.action() + ": " + a.detail());
        case "intended" ->
            wrong.add("Action only logged, not run: " + a.action() + ": " + a.detail());
        default -> {}
      }
    }
    awaitingApproval(r).ifPresent(d -> wrong.add("Waited " + words(d) + " for a human's approval"));
    if (r.outcome().equals("resolved") && !r.actions().isEmpty()) {
      well.add("Resolved without a human after " + words(r.duration(r.closedAt().orElseThrow())));
    }
    if (r.outcome().equals("escalated")) {
      wrong.add("Escalated to a human; Nightshift could not fix it");
    }
    return new Lessons(well, wrong);
  }

  static List<String> appendix(IncidentReport r) {
    List<String> out = new ArrayList<>();
    for (PathStep p : r.path()) {
      out.add(p.node() + " — " + p.status() + ": " + p.finding());
      p.logLines().forEach(l -> out.add("  log: " + l));
      p.metrics().forEach(l -> out.add("  metric: " + l));
      p.gaps().forEach(l -> out.add("  missing: " + l));
    }
    r.links().forEach(l -> out.add(l.label() + ": " + l.url()));
    return out;
  }

  // From the first approval request to its answer, or to the end if nobody answered.
  private static Optional<Duration> awaitingApproval(IncidentReport r) {
    Optional<Instant> asked = first(r, "approval_requested");
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    Instant answered = first(r, "approval_decided").or(r::closedAt).orElse(asked.get());
    return Optional.of(Duration.between(asked.get(), answered));
  }

  private static Optional<Instant> first(IncidentReport r, String type) {
    return r.timeline().stream().filter(e -> e.type().equals(type)).map(Entry::at).findFirst();
  }

  static String words(Duration d) {
    long s = d.toSeconds();
    return s < 60
        ? s + "s"
        : s < 3600
            ? (s / 60) + "m" + (s % 60 == 0 ? "" : (s % 60) + "s")
            : (s / 3600) + "h" + ((s % 3600) / 60) + "m";
  }
}
