package dev.nightshift.app.notify;

import dev.nightshift.adapters.github.GitHub;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.pagerduty.PagerDuty;
import dev.nightshift.adapters.slack.Slack;
import dev.nightshift.adapters.telegram.Telegram;
import dev.nightshift.adapters.webhook.Webhook;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Secret;
import dev.nightshift.core.notify.Channel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds each configured notifier's channel from its adapter. Keeps the Telegram clients it opened,
 * so that their chat commands can be started and everything closed on shutdown.
 */
public final class Channels implements ChannelFactory, AutoCloseable {

  /** How long one call to a notification service may take. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  static final URI SLACK_API = URI.create("https://slack.com/api");
  static final URI PAGERDUTY = URI.create("https://events.pagerduty.com");
  static final URI GITHUB_API = URI.create("https://api.github.com");

  /** A Telegram bot this factory connected, with the notifier it serves. */
  public record Bot(AgentSettings.Notifier notifier, Telegram telegram) {}

  private final Clock clock;
  private final List<Bot> bots = new ArrayList<>();

  public Channels(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Channel create(AgentSettings.Notifier n) {
    return switch (n.type()) {
      case "telegram" -> telegram(n);
      case "slack" ->
          secret(n, "webhook_url")
              .map(url -> Slack.webhook(n.name(), Endpoint.of(URI.create(url), TIMEOUT)))
              .orElseGet(() ->
                  Slack.bot(
                      n.name(),
                      endpoint(n, SLACK_API),
                      required(n, "bot_token"),
                      n.settings().get("channel")));
      case "pagerduty" ->
          PagerDuty.channel(n.name(), endpoint(n, PAGERDUTY), required(n, "routing_key"));
      case "github" ->
          GitHub.channel(
              n.name(),
              endpoint(n, GITHUB_API),
              n.settings().get("repository"),
              required(n, "token"));
      case "webhook" ->
          Webhook.channel(
              n.name(),
              Endpoint.of(URI.create(n.settings().get("url")), TIMEOUT),
              secret(n, "hmac_secret"));
      default ->
          throw new IllegalArgumentException("notifier type '" + n.type() + "' is not supported");
    };
  }

  /** The Telegram bots opened so far, one per telegram notifier. */
  public synchronized List<Bot> bots() {
    return List.copyOf(bots);
  }

  private synchronized Channel telegram(AgentSettings.Notifier n) {
    Telegram telegram =
        Telegram.connect(endpoint(n, Telegram.BOT_API), required(n, "bot_token"), clock);
    bots.add(new Bot(n, telegram));
    return telegram.channel(n.name(), n.settings().get("chat_id"));
  }

  private static Endpoint endpoint(AgentSettings.Notifier n, URI standard) {
    return Endpoint.of(n.apiUrl().orElse(standard), TIMEOUT);
  }

  private static Optional<String> secret(AgentSettings.Notifier n, String name) {
    return Optional.ofNullable(n.secrets().get(name)).map(Secret::reveal);
  }

  private static String required(AgentSettings.Notifier n, String name) {
    return secret(n, name)
        .orElseThrow(
            () -> new IllegalArgumentException("notifier '" + n.name() + "' has no " + name));
  }

  @Override
  public synchronized void close() {
    bots.forEach(b -> b.telegram().close());
  }
}
