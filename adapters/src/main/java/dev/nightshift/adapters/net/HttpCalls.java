package dev.nightshift.adapters.net;

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

/**
 * HTTP calls to a query API (Prometheus, Loki): the endpoint's credentials, one deadline over the
 * whole exchange, and every transport failure (timeout, refused, unreachable) as a reason naming
 * the server and the query, never its credentials. Reading the answer is each adapter's own.
 */
public final class HttpCalls implements AutoCloseable {

  private static final int EXCERPT_CHARS = 300;

  /** What came back: a response of any status, or why none did. */
  public sealed interface Reply {
    record Response(int status, String body) implements Reply {}

    record Failed(String reason, boolean retryable) implements Reply {}
  }

  private final Endpoint endpoint;
  private final HttpClient client;
  private final String where;

  /** Calls to {@code endpoint}; {@code server} names it in messages ("Loki"). */
  public HttpCalls(Endpoint endpoint, String server) {
    this.endpoint = endpoint;
    this.client = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    this.where = server + " at " + withoutCredentials(endpoint.url());
  }

  /** How messages name the server: "Loki at http://127.0.0.1:3100". */
  public String where() {
    return where;
  }

  /** GETs {@code path?params}; {@code query} only names the request in messages. */
  public Reply get(String path, Map<String, String> params, String query, Duration timeout) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path + "?" + encode(params))).GET(),
        query,
        timeout);
  }

  /** POSTs {@code form} to {@code path}; {@code query} only names the request in messages. */
  public Reply postForm(String path, Map<String, String> form, String query, Duration timeout) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form))),
        query,
        timeout);
  }

  private Reply send(HttpRequest.Builder request, String query, Duration timeout) {
    request.timeout(timeout).header("Accept", "application/json");
    endpoint.basicAuthorization().ifPresent(auth -> request.header("Authorization", auth));
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Reply.Response(response.statusCode(), response.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut(query, timeout);
    } catch (ExecutionException e) {
      return unreachable(e.getCause(), query, timeout);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return new Reply.Failed("interrupted while asking " + where + " for " + quote(query), true);
    }
  }

  private Reply unreachable(Throwable cause, String query, Duration timeout) {
    if (cause instanceof HttpTimeoutException) {
      return timedOut(query, timeout);
    }
    if (cause instanceof ConnectException) {
      return new Reply.Failed(
          where + " refused the connection (is it running?) for " + quote(query), true);
    }
    String detail =
        cause instanceof IOException && cause.getMessage() != null
            ? cause.getMessage()
            : cause.getClass().getSimpleName();
    return new Reply.Failed("cannot reach " + where + " for " + quote(query) + ": " + detail, true);
  }

  private Reply timedOut(String query, Duration timeout) {
    return new Reply.Failed(
        where
            + " did not answer "
            + quote(query)
            + " within "
            + Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS)),
        true);
  }

  private String base() {
    String base = endpoint.url().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e ->
            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A query as messages quote it. */
  public static String quote(String query) {
    return "'" + query + "'";
  }

  /** The start of a response body, for a message. */
  public static String excerpt(String body) {
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
