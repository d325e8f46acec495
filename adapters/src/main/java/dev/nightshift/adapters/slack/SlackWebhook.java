package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SendResult;
import java.util.List;
import java.util.Optional;

/**
 * A Slack incoming webhook: simplest to set up, but it answers only {@code ok}, so it cannot
 * thread. The URL is the credential: messages name the notifier, never the URL.
 */
final class SlackWebhook implements Channel {

  private final String name;
  private final Endpoint webhook;
  private final SlackHttp http;

  SlackWebhook(String name, Endpoint webhook) {
    this.name = name;
    this.webhook = webhook;
    this.http =
        new SlackHttp(
            webhook.timeout(),
            "Slack incoming webhook '" + name + "'",
            List.of(webhook.url().toString(), webhook.url().getRawPath()));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
    ObjectNode message = SlackMessage.render(notice, report);
    message.put("unfurl_links", false).put("unfurl_media", false);
    return switch (http.postJson(
        webhook.url(), message.toString(), Optional.empty(), webhook.timeout())) {
      case SlackHttp.Reply.Failed f ->
          new SendResult.Failed(f.reason(), f.retryable(), Optional.empty());
      case SlackHttp.Reply.Response r -> answer(r);
    };
  }

  private SendResult answer(SlackHttp.Reply.Response response) {
    int status = response.status();
    if (status == 200) {
      return new SendResult.Sent(Optional.empty());
    }
    String error = http.excerpt(response.body());
    if (status == 429) {
      return new SendResult.Failed(
          http.where() + " is rate-limited (HTTP 429)", true, response.retryAfter());
    }
    boolean retryable = status >= 500;
    return new SendResult.Failed(
        http.where() + " refused the message: HTTP " + status + " " + error + hint(error),
        retryable,
        response.retryAfter());
  }

  private static String hint(String error) {
    return switch (error) {
      case "no_service", "invalid_token", "no_team" ->
          " (the webhook URL was revoked or is wrong: create a new one and update the secret)";
      case "channel_not_found", "channel_is_archived" ->
          " (the webhook's channel is gone: create a webhook for another channel)";
      default -> "";
    };
  }

  @Override
  public String toString() {
    return "Slack incoming webhook '" + name + "'";
  }
}
