package dev.nightshift.adapters.prometheus;

import static dev.nightshift.adapters.net.HttpCalls.excerpt;
import static dev.nightshift.adapters.net.HttpCalls.quote;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.net.HttpCalls;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One call to Prometheus' HTTP API: a form POST that answers the envelope's {@code data}, or a
 * failure naming Prometheus, the expression and whether asking again may help.
 */
final class PrometheusApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a call answered. */
  sealed interface Answer {
    record Data(JsonNode data) implements Answer {}

    record Failed(String reason, boolean retryable) implements Answer {}
  }

  private final HttpCalls http;

  PrometheusApi(Endpoint endpoint) {
    this.http = new HttpCalls(endpoint, "Prometheus");
  }

  /**
   * POSTs {@code form} to {@code path}; {@code expression} only names the query in messages. The
   * whole exchange, body included, must finish within {@code timeout}.
   */
  Answer call(String path, Map<String, String> form, String expression, Duration timeout) {
    return switch (http.postForm(path, form, expression, timeout)) {
      case HttpCalls.Reply.Response r -> envelope(r.status(), r.body(), expression);
      case HttpCalls.Reply.Failed f -> new Answer.Failed(f.reason(), f.retryable());
    };
  }

  /**
   * The envelope {@code {"status":"success","data":...}} or its error, whatever the HTTP status.
   */
  Answer envelope(int status, String body, String expression) {
    @Nullable JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      return new Answer.Failed(
          http.where()
              + " answered HTTP "
              + status
              + " without JSON for "
              + quote(expression)
              + ": "
              + excerpt(body),
          status >= 500);
    }
    if ("success".equals(root.path("status").asText()) && status / 100 == 2) {
      return new Answer.Data(root.path("data"));
    }
    String errorType = root.path("errorType").asText("HTTP " + status);
    String error = root.path("error").asText(excerpt(body));
    return new Answer.Failed(
        "Prometheus could not evaluate " + quote(expression) + ": " + errorType + ": " + error,
        retryable(status, errorType));
  }

  // A bad query stays bad; a timeout, an overloaded or failing server may answer later.
  private static boolean retryable(int status, String errorType) {
    return switch (errorType) {
      case "bad_data", "execution", "not_found", "not_acceptable" -> false;
      case "timeout", "canceled", "unavailable", "internal" -> true;
      default -> status >= 500 || status == 429;
    };
  }

  @Override
  public void close() {
    http.close();
  }
}
