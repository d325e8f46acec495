package dev.nightshift.adapters.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.net.HttpCalls;
import dev.nightshift.adapters.net.JsonPosts;
import dev.nightshift.adapters.net.JsonPosts.Reply;
import dev.nightshift.core.notify.SendResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The three issue calls the channel needs, each answered as a {@link SendResult}. */
final class GitHubIssues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonPosts posts;
  private final String repository;
  private final String token;
  private final Clock clock;

  GitHubIssues(Endpoint api, String repository, String token, Clock clock) {
    this.posts = new JsonPosts(api, "GitHub");
    this.repository = repository;
    this.token = token;
    this.clock = clock;
  }

  /** Opens an issue; the reference of a Sent is its number. */
  SendResult create(String title, String body, List<String> labels) {
    ObjectNode issue = JSON.createObjectNode().put("title", title).put("body", body);
    labels.forEach(issue.putArray("labels")::add);
    return call("POST", "/repos/" + repository + "/issues", issue, "creating an issue");
  }

  SendResult comment(String number, String body) {
    ObjectNode comment = JSON.createObjectNode().put("body", body);
    String path = "/repos/" + repository + "/issues/" + number + "/comments";
    return call("POST", path, comment, "commenting on issue #" + number);
  }

  SendResult close(String number) {
    ObjectNode state =
        JSON.createObjectNode().put("state", "closed").put("state_reason", "completed");
    String path = "/repos/" + repository + "/issues/" + number;
    return call("PATCH", path, state, "closing issue #" + number);
  }

  private SendResult call(String method, String path, ObjectNode body, String what) {
    Map<String, String> headers =
        Map.of(
            "Authorization", "Bearer " + token,
            "Accept", "application/vnd.github+json",
            "X-GitHub-Api-Version", "2022-11-28",
            "User-Agent", "Nightshift");
    return switch (posts.send(method, path, headers, body.toString(), what + " in " + repository)) {
      case Reply.Failed f -> new SendResult.Failed(hide(f.reason()), true, Optional.empty());
      case Reply.Response r -> answer(r, what);
    };
  }

  private SendResult answer(Reply.Response response, String what) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return new SendResult.Sent(issueNumber(response.body()));
    }
    Optional<Duration> after = retryAfter(response);
    boolean retryable = status >= 500 || status == 429 || (status == 403 && after.isPresent());
    String reason =
        posts.where()
            + " answered "
            + status
            + " when "
            + what
            + " in "
            + repository
            + ": "
            + message(response.body());
    return new SendResult.Failed(hide(reason), retryable, after);
  }

  // A secondary rate limit says retry-after; the primary one says when the window resets.
  private Optional<Duration> retryAfter(Reply.Response response) {
    Optional<Long> seconds = response.header("retry-after").flatMap(GitHubIssues::seconds);
    if (seconds.isPresent()) {
      return Optional.of(Duration.ofSeconds(seconds.get()));
    }
    boolean exhausted = response.header("x-ratelimit-remaining").map("0"::equals).orElse(true);
    return response
        .header("x-ratelimit-reset")
        .flatMap(GitHubIssues::seconds)
        .filter(reset -> exhausted)
        .map(reset -> Duration.between(clock.instant(), Instant.ofEpochSecond(reset)))
        .map(wait -> wait.isNegative() ? Duration.ZERO : wait);
  }

  private static Optional<String> issueNumber(String body) {
    try {
      JsonNode number = JSON.readTree(body).path("number");
      return number.isNumber() ? Optional.of(number.asText()) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> seconds(String value) {
    try {
      return Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String message(String body) {
    try {
      String message = JSON.readTree(body).path("message").asText("");
      return message.isBlank() ? HttpCalls.excerpt(body) : message;
    } catch (IOException | RuntimeException e) {
      return HttpCalls.excerpt(body);
    }
  }

  private String hide(String text) {
    return text.replace(token, "<token>");
  }
}
