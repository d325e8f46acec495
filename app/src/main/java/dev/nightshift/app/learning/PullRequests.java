package dev.nightshift.app.learning;

import dev.nightshift.adapters.github.FileChange;
import dev.nightshift.adapters.github.GitHub;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Config;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.notify.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * When {@code learning.pull_request} is configured, proposes each approved known error to the
 * repository that holds the configuration as a pull request appending it to the known errors file,
 * so the file catches up with what the agent learned. Runs apart from the approval, which never
 * waits for it or fails with it; the outcome is audited ({@code known_error.pull_request}).
 */
public final class PullRequests implements LearningDesk.Listener {

  /** Each pull request on a virtual thread of its own: an approval never waits for GitHub. */
  public static final Executor APART = task -> Thread.ofVirtual().name("pull-request").start(task);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final AgentSettings.PullRequest settings;
  private final AuditTrail audit;
  private final Clock clock;
  private final Executor executor;

  PullRequests(
      AgentSettings.PullRequest settings, AuditTrail audit, Clock clock, Executor executor) {
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
    this.executor = executor;
  }

  /** The listener a configuration asks for: none without {@code learning.pull_request}. */
  public static List<LearningDesk.Listener> listeners(
      Config config, AuditTrail audit, Clock clock, Executor executor) {
    return config.agent().learning().pullRequest().stream()
        .<LearningDesk.Listener>map(p -> new PullRequests(p, audit, clock, executor))
        .toList();
  }

  @Override
  public void approved(LearnedKnownError entry, String by) {
    executor.execute(() -> open(entry, by));
  }

  private void open(LearnedKnownError entry, String by) {
    String item = item(entry);
    FileChange change =
        new FileChange(
            settings.base(),
            settings.path(),
            "nightshift/" + entry.id(),
            "Add learned known error " + entry.id(),
            "Known error " + entry.id() + ", learned from incident " + entry.incident(),
            "Nightshift learned this known error from incident "
                + entry.incident()
                + " ("
                + entry.source()
                + "); "
                + by
                + " approved it. Merging it makes it part of "
                + settings.path()
                + ".\n\n```yaml\n"
                + item
                + "```\n",
            text -> append(text, item));
    String detail;
    try {
      detail =
          switch (GitHub.pullRequest(
              Endpoint.of(settings.api(), TIMEOUT),
              settings.repo(),
              settings.token().reveal(),
              change)) {
            case SendResult.Sent sent -> "opened " + sent.reference().orElse("a pull request");
            case SendResult.Failed failed -> "failed: " + failed.reason();
          };
    } catch (RuntimeException e) {
      detail = "failed: " + e.getMessage();
    }
    audit.append(
        new AuditRecord(
            clock.instant(),
            "nightshift",
            "known_error.pull_request",
            "known error " + entry.id(),
            detail + " (" + settings.repo() + ", " + settings.path() + ")"));
  }

  /** The entry as one item of {@code errors:}, indented as in known_errors.yaml. */
  static String item(LearnedKnownError entry) {
    StringBuilder out = new StringBuilder();
    String[] lines = entry.yaml().strip().split("\n");
    out.append("  - ").append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) {
      out.append("    ").append(lines[i]).append('\n');
    }
    return out.toString();
  }

  static String append(String file, String item) {
    if (file.isBlank()) {
      return "errors:\n" + item;
    }
    return (file.endsWith("\n") ? file : file + "\n") + item;
  }
}
