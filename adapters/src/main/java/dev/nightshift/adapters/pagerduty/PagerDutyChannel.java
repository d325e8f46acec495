package dev.nightshift.adapters.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.net.HttpCalls;
import dev.nightshift.adapters.net.JsonPosts;
import dev.nightshift.adapters.net.JsonPosts.Reply;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SendResult;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Sends each notice as an Events API v2 event and reads PagerDuty's answer. */
final class PagerDutyChannel implements Channel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonPosts posts;
  private final String routingKey;

  PagerDutyChannel(String name, Endpoint events, String routingKey) {
    this.name = name;
    this.posts = new JsonPosts(events, "PagerDuty");
    this.routingKey = routingKey;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
    String body = PagerDutyEvents.render(notice, report, routingKey);
    String what = PagerDutyEvents.action(notice) + " of incident " + report.incident();
    return switch (posts.send("POST", "/v2/enqueue", Map.of(), body, what)) {
      case Reply.Failed f -> new SendResult.Failed(hide(f.reason()), true, Optional.empty());
      case Reply.Response r -> answer(r, what, report.incident());
    };
  }

  private SendResult answer(Reply.Response response, String what, long incident) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return new SendResult.Sent(Optional.of(PagerDutyEvents.dedupKey(incident)));
    }
    String reason =
        posts.where() + " answered " + status + " to the " + what + ": " + error(response.body());
    boolean retryable = status == 429 || status >= 500;
    Optional<Duration> after = response.header("retry-after").flatMap(PagerDutyChannel::seconds);
    return new SendResult.Failed(hide(reason), retryable, after);
  }

  // PagerDuty answers {"status": "invalid event", "message": "...", "errors": ["..."]}.
  private static String error(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      String message = json.path("message").asText(json.path("status").asText(""));
      if (json.path("errors").isArray() && !json.path("errors").isEmpty()) {
        message = message + " (" + String.join("; ", texts(json.path("errors"))) + ")";
      }
      return message.isBlank() ? HttpCalls.excerpt(body) : message;
    } catch (IOException | RuntimeException e) {
      return HttpCalls.excerpt(body);
    }
  }

  private static java.util.List<String> texts(JsonNode array) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // An error message may quote the event back; the routing key must never reach a log.
  private String hide(String text) {
    return text.replace(routingKey, "<routing key>");
  }
}
