package dev.nightshift.adapters.prometheus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.measure.Durations;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One call to Prometheus' HTTP API: a form POST that answers the envelope's {@code data}, or a
 * failure naming Prometheus, the expression and whether asking again may help.
 */
final class PrometheusApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT_CHARS = 300;

  /** What a call answered. */
  sealed interface Answer {
    record Data(JsonNode data) implements Answer {}

    record Failed(String reason, boolean retryable) implements Answer {}
  }

  private final Endpoint endpoint;
  private final HttpClient client;
  private final String where;

  PrometheusApi(Endpoint endpoint) {
    this.endpoint = endpoint;
    this.client = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    this.where = "Prometheus at " + withoutCredentials(endpoint.url());
  }

  /**
   * POSTs {@code form} to {@code path}; {@code expression} only names the query in messages. The
   * whole exchange, body included, must finish within {@code timeout}.
   */
  Answer call(String path, Map<String, String> form, String expression, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(resolve(path))
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    endpoint.basicAuthorization().ifPresent(auth -> request.header("Authorization", auth));
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return envelope(response.statusCode(), response.body(), expression);
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut(expression, timeout);
    } catch (ExecutionException e) {
      return unreachable(e.getCause(), expression, timeout);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return new Answer.Failed(
          "interrupted while asking " + where + " for " + quote(expression), true);
    }
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
          where
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

  private Answer unreachable(Throwable cause, String expression, Duration timeout) {
    if (cause instanceof HttpTimeoutException) {
      return timedOut(expression, timeout);
    }
    if (cause instanceof ConnectException) {
      return new Answer.Failed(
          where + " refused the connection (is it running?) for " + quote(expression), true);
    }
    String detail =
        cause instanceof IOException && cause.getMessage() != null
            ? cause.getMessage()
            : cause.getClass().getSimpleName();
    return new Answer.Failed(
        "cannot reach " + where + " for " + quote(expression) + ": " + detail, true);
  }

  private Answer timedOut(String expression, Duration timeout) {
    return new Answer.Failed(
        where
            + " did not answer "
            + quote(expression)
            + " within "
            + Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS)),
        true);
  }

  private URI resolve(String path) {
    String base = endpoint.url().toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e ->
            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String quote(String expression) {
    return "'" + expression + "'";
  }

  private static String excerpt(String body) {
    String text = body.strip();
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
  }

  // A URL's user-info would be a secret in a message.
  static String withoutCredentials(URI url) {
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return url.getScheme() + "://" + url.getHost() + port + path;
  }

  @Override
  public void close() {
    client.close();
  }
}
