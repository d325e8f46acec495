package dev.nightshift.core.review;

import dev.nightshift.core.notify.IncidentReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A postmortem draft of one incident, derived from its report: the sections a human edits rather
 * than writes from scratch, so the facts (times, evidence, what failed) are never retyped wrong.
 *
 * @param duration how long it lasted, or has lasted so far if it is open
 * @param wentWell what helped: fast detection, a fix that worked, full visibility
 * @param wentWrong what hurt: failed or denied actions, blind sources, waiting for approval
 * @param actionItems what to do so it does not happen again, from the report's next steps
 * @param appendix the evidence: each walked node with its logs, metrics and gaps, and the links
 */
public record Postmortem(
    IncidentReport report,
    Duration duration,
    List<String> wentWell,
    List<String> wentWrong,
    List<String> actionItems,
    List<String> appendix) {

  public Postmortem {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(duration, "duration");
    wentWell = List.copyOf(wentWell);
    wentWrong = List.copyOf(wentWrong);
    actionItems = List.copyOf(actionItems);
    appendix = List.copyOf(appendix);
  }

  /** Drafts the postmortem of {@code report} as of {@code now} (for an open incident). */
  public static Postmortem draft(IncidentReport report, Instant now) {
    Lessons lessons = Lessons.of(report);
    return new Postmortem(
        report,
        report.duration(now),
        lessons.wentWell(),
        lessons.wentWrong(),
        report.nextSteps(),
        Lessons.appendix(report));
  }
}
