package dev.nightshift.core.notify;

import java.util.Optional;

/** One configured destination for notices: a Telegram chat, a Slack channel, PagerDuty, ... */
public interface Channel {

  /** The notifier's configured name, unique in nightshift.yaml. */
  String name();

  /**
   * Delivers one notice, rendered from {@code report} in the channel's own format. Never throws: a
   * transport problem is a {@link SendResult.Failed} that says whether a retry can help.
   *
   * @param reference what an earlier delivery for the same incident answered (a GitHub issue
   *     number, a Slack message ts), so that an update lands on the same thread or issue
   */
  SendResult send(Notice notice, IncidentReport report, Optional<String> reference);
}
