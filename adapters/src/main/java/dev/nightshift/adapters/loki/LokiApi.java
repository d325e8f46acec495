package dev.nightshift.adapters.loki;

import static dev.nightshift.adapters.net.HttpCalls.excerpt;
import static dev.nightshift.adapters.net.HttpCalls.quote;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.net.HttpCalls;
import dev.nightshift.core.telemetry.LogReading;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One GET of Loki's HTTP API: the envelope's {@code data}, or a failure naming Loki and the query
 * and saying whether asking again may help.
 */
final class LokiApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a call answered. */
  sealed interface Answer {
    record Data(JsonNode data) implements Answer {}

    record Failed(LogReading.Unavailable why) implements Answer {}
  }

  private final HttpCalls http;

  LokiApi(Endpoint endpoint) {
    this.http = new HttpCalls(endpoint, "Loki");
  }

  /**
   * GETs {@code path?params}; the whole exchange, body included, must finish within the timeout.
   */
  Answer get(String path, Map<String, String> params, String query, Duration timeout) {
    return switch (http.get(path, params, query, timeout)) {
      case HttpCalls.Reply.Response r -> envelope(r.status(), r.body(), query);
      case HttpCalls.Reply.Failed f -> failed(f.reason(), f.retryable());
    };
  }

  /**
   * Loki answers success as {@code {"status":"success","data":...}} and errors as plain text (a
   * LogQL parse error is a 400), or in newer releases as JSON with a {@code message}.
   */
  Answer envelope(int status, String body, String query) {
    JsonNode root = parse(body);
    if (status / 100 == 2 && root != null && "success".equals(root.path("status").asText())) {
      return new Answer.Data(root.path("data"));
    }
    if (status / 100 == 2) {
      String what =
          root == null
              ? "something that is not JSON: " + excerpt(body)
              : "status '" + root.path("status").asText() + "': " + excerpt(body);
      return failed(http.where() + " answered " + quote(query) + " with " + what, false);
    }
    String detail =
        root == null
            ? excerpt(body)
            : root.path("message").asText(root.path("error").asText(excerpt(body)));
    // A bad query stays bad; an overloaded or failing Loki may answer later.
    boolean retryable = status >= 500 || status == 429;
    return failed(
        "Loki could not run " + quote(query) + ": HTTP " + status + ": " + detail, retryable);
  }

  private static @Nullable JsonNode parse(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      return root != null && root.isObject() ? root : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static Answer failed(String reason, boolean retryable) {
    return new Answer.Failed(new LogReading.Unavailable(reason, retryable));
  }

  @Override
  public void close() {
    http.close();
  }
}
