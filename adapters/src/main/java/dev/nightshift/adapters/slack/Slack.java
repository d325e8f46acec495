package dev.nightshift.adapters.slack;

import com.sun.net.httpserver.HttpHandler;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.ChatCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Slack for Nightshift: notice channels (incoming webhook or bot) and the two HTTP handlers the API
 * server mounts for slash commands and approval buttons.
 */
public final class Slack {

  private Slack() {}

  /** Notices posted to an incoming webhook; the URL is a secret and never shown. */
  public static Channel webhook(String name, Endpoint webhookUrl) {
    requireName(name);
    Objects.requireNonNull(webhookUrl, "webhookUrl");
    String scheme = String.valueOf(webhookUrl.url().getScheme());
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "the Slack webhook URL of notifier '" + name + "' must be an http(s) URL");
    }
    return new SlackWebhook(name, webhookUrl);
  }

  /**
   * Notices posted by a bot with {@code chat.postMessage}, threaded per incident.
   *
   * @param api the Web API's base, {@code https://slack.com/api}
   * @param botToken the bot's {@code xoxb-} token
   * @param channel a channel id ({@code C0123456}) the bot is a member of
   */
  public static Channel bot(String name, Endpoint api, String botToken, String channel) {
    requireName(name);
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(channel, "channel");
    if (!botToken.startsWith("xox")) {
      throw new IllegalArgumentException(
          "the Slack bot token of notifier '" + name + "' does not look like one (xoxb-...)");
    }
    if (channel.isBlank()) {
      throw new IllegalArgumentException("the Slack notifier '" + name + "' needs a channel");
    }
    return new SlackBot(name, api, botToken, channel.strip());
  }

  /** The handler for {@code /webhooks/slack/commands}: slash commands, signature checked. */
  public static HttpHandler commandHandler(
      String signingSecret, ChatCommands commands, Clock clock) {
    return new SlackCommandHandler(
        requireSecret(signingSecret),
        Objects.requireNonNull(commands, "commands"),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The handler for {@code /webhooks/slack/interactions}: approval buttons, signature checked.
   *
   * @param executor runs the command after Slack has its 200 (a virtual-thread executor)
   * @param replyTimeout how long posting the answer to Slack's {@code response_url} may take
   */
  public static HttpHandler interactionHandler(
      String signingSecret,
      ChatCommands commands,
      Clock clock,
      Executor executor,
      Duration replyTimeout) {
    if (replyTimeout.isZero() || replyTimeout.isNegative()) {
      throw new IllegalArgumentException("the Slack reply timeout must be positive");
    }
    return new SlackInteractionHandler(
        requireSecret(signingSecret),
        Objects.requireNonNull(commands, "commands"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(executor, "executor"),
        new ResponseUrl(replyTimeout));
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a Slack notifier needs a name");
    }
  }

  private static String requireSecret(String signingSecret) {
    if (signingSecret == null || signingSecret.isBlank()) {
      throw new IllegalArgumentException("the Slack signing secret is empty");
    }
    return signingSecret;
  }
}
