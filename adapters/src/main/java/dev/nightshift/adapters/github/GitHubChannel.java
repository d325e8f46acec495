package dev.nightshift.adapters.github;

import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SendResult;
import java.util.List;
import java.util.Optional;

/**
 * One issue per incident: the first notice routed here opens it, later ones comment on it, and a
 * resolved incident (or a recovered SLA) closes it.
 */
final class GitHubChannel implements Channel {

  private final String name;
  private final GitHubIssues issues;

  GitHubChannel(String name, GitHubIssues issues) {
    this.name = name;
    this.issues = issues;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
    SendResult written =
        reference.isPresent()
            ? issues.comment(reference.get(), GitHubMarkdown.comment(notice, report))
            : issues.create(
                report.title(),
                GitHubMarkdown.issue(report),
                List.of("nightshift", report.severity()));
    return switch (written) {
      case SendResult.Failed f -> f;
      case SendResult.Sent sent -> closeIfOver(notice, sent, reference);
    };
  }

  private SendResult closeIfOver(Notice notice, SendResult.Sent sent, Optional<String> reference) {
    Optional<String> number = reference.or(sent::reference);
    if (!isOver(notice) || number.isEmpty()) {
      return new SendResult.Sent(number);
    }
    return switch (issues.close(number.get())) {
      case SendResult.Failed f -> f;
      case SendResult.Sent closed -> new SendResult.Sent(number);
    };
  }

  // An escalated incident stays open on GitHub: a human still has work to do.
  private static boolean isOver(Notice notice) {
    return switch (notice) {
      case Notice.Closed c -> c.incident().state() == IncidentState.RESOLVED;
      case Notice.Recovered r -> true;
      case Notice.Opened o -> false;
      case Notice.ApprovalRequested a -> false;
    };
  }
}
