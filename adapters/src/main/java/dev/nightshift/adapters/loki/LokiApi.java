package dev.nightshift.adapters.loki;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.telemetry.LogReading;
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
 * One GET of Loki's HTTP API: the envelope's {@code data}, or a failure naming Loki and the query
 * and saying whether asking again may help.
 */
final class LokiApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT_CHARS = 300;

  /** What a call answered. */
  sealed interface Answer {
    record Data(JsonNode data) implements Answer {}

    record Failed(LogReading.Unavailable why) implements Answer {}
  }

  private final Endpoint endpoint;
  private final HttpClient client;
  private final String where;

  LokiApi(Endpoint endpoint) {
    this.endpoint = endpoint;
    this.client = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    this.where = "Loki at " + withoutCredentials(endpoint.url());
  }

  /**
   * GETs {@code path?params}; the whole exchange, body included, must finish within the timeout.
   */
  Answer get(String path, Map<String, String> params, String query, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(resolve(path, params))
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET();
    endpoint.basicAuthorization().ifPresent(auth -> request.header("Authorization", auth));
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return envelope(response.statusCode(), response.body(), query);
    } catch (TimeoutException e) {
      pending.cancel(true);
      return failed(where + " did not answer " + quote(query) + " within " + format(timeout), true);
    } catch (ExecutionException e) {
      return unreachable(e.getCause(), query, timeout);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return failed("interrupted while asking " + where + " for " + quote(query), true);
    }
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
      return failed(where + " answered " + quote(query) + " with " + what, false);
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

  private Answer unreachable(Throwable cause, String query, Duration timeout) {
    if (cause instanceof HttpTimeoutException) {
      return failed(where + " did not answer " + quote(query) + " within " + format(timeout), true);
    }
    if (cause instanceof ConnectException) {
      return failed(where + " refused the connection (is it running?) for " + quote(query), true);
    }
    String detail =
        cause instanceof IOException && cause.getMessage() != null
            ? cause.getMessage()
            : cause.getClass().getSimpleName();
    return failed("cannot reach " + where + " for " + quote(query) + ": " + detail, true);
  }

  private static @Nullable JsonNode parse(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      return root != null && root.isObject() ? root : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private URI resolve(String path, Map<String, String> params) {
    String base = endpoint.url().toString();
    String query =
        params.entrySet().stream()
            .map(e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return URI.create(
        (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path + "?" + query);
  }

  private static Answer failed(String reason, boolean retryable) {
    return new Answer.Failed(new LogReading.Unavailable(reason, retryable));
  }

  static String quote(String query) {
    return "'" + query + "'";
  }

  private static String format(Duration timeout) {
    return Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS));
  }

  private static String excerpt(String body) {
    String text = body.strip();
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
  }

  // A URL's user-info would be a secret in a message.
  private static String withoutCredentials(URI url) {
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return url.getScheme() + "://" + url.getHost() + port + path;
  }

  @Override
  public void close() {
    client.close();
  }
}
