package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SendResult;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A Slack app's bot posting with the Web API's {@code chat.postMessage}: the first notice of an
 * incident starts a thread (its {@code ts} is the reference) and later ones reply in it.
 */
final class SlackBot implements Channel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Endpoint api;
  private final String token;
  private final String channel;
  private final SlackHttp http;

  SlackBot(String name, Endpoint api, String token, String channel) {
    this.name = name;
    this.api = api;
    this.token = token;
    this.channel = channel;
    this.http =
        new SlackHttp(api.timeout(), "Slack chat.postMessage for '" + name + "'", List.of(token));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
    ObjectNode message = SlackMessage.render(notice, report);
    message.put("channel", channel).put("unfurl_links", false).put("unfurl_media", false);
    reference.ifPresent(ts -> message.put("thread_ts", ts));
    if (reference.isPresent() && !(notice instanceof Notice.ApprovalRequested)) {
      message.put("reply_broadcast", notice instanceof Notice.Closed);
    }
    return switch (http.postJson(
        postMessage(), message.toString(), Optional.of(token), api.timeout())) {
      case SlackHttp.Reply.Failed f ->
          new SendResult.Failed(f.reason(), f.retryable(), Optional.empty());
      case SlackHttp.Reply.Response r -> answer(r, reference);
    };
  }

  private SendResult answer(SlackHttp.Reply.Response response, Optional<String> reference) {
    if (response.status() == 429) {
      return new SendResult.Failed(
          http.where() + " is rate-limited (HTTP 429)", true, response.retryAfter());
    }
    if (response.status() != 200) {
      return new SendResult.Failed(
          http.where()
              + " answered HTTP "
              + response.status()
              + ": "
              + http.excerpt(response.body()),
          response.status() >= 500,
          response.retryAfter());
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      return new SendResult.Failed(
          http.where() + " answered something other than JSON: " + http.excerpt(response.body()),
          false,
          Optional.empty());
    }
    if (body.path("ok").asBoolean(false)) {
      // Later notices thread under the first message, so the first ts stays the reference.
      return new SendResult.Sent(reference.or(() -> text(body, "ts")));
    }
    return SlackErrors.failed(http.where(), body, response.retryAfter());
  }

  private URI postMessage() {
    String base = api.url().toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + "chat.postMessage");
  }

  private static Optional<String> text(JsonNode body, String field) {
    JsonNode value = body.path(field);
    return value.isTextual() && !value.asText().isEmpty()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "Slack bot '" + name + "' posting to " + channel;
  }
}
