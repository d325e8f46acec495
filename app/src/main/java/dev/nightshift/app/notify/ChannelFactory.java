package dev.nightshift.app.notify;

import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.core.notify.Channel;

/**
 * Builds the channel of one configured notifier (Telegram, Slack, PagerDuty, GitHub, webhook); the
 * per-type adapters plug in here, so that delivery does not depend on any of them.
 */
public interface ChannelFactory {

  /**
   * The channel for {@code notifier}; its {@link Channel#name()} must be the notifier's name.
   *
   * @throws IllegalArgumentException if the notifier's type is not supported
   */
  Channel create(AgentSettings.Notifier notifier);
}
