package dev.nightshift.adapters.net;

import dev.nightshift.core.measure.Durations;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * JSON sent to a SaaS API or a webhook (PagerDuty, GitHub, a receiver): one deadline over the whole
 * exchange, the response's headers kept for rate limits, and every transport failure as a retryable
 * reason naming the server, never a header value (headers carry the tokens).
 */
public final class JsonPosts implements AutoCloseable {

  /** What came back: a response of any status, or why none did. */
  public sealed interface Reply {
    /** The server answered; header names are lower case. */
    record Response(int status, String body, Map<String, List<String>> headers) implements Reply {
      public Response {
        headers = Map.copyOf(headers);
      }

      public Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
      }
    }

    /** No answer; always worth a retry (a timeout, a refused connection). */
    record Failed(String reason) implements Reply {}
  }

  private final Endpoint endpoint;
  private final HttpClient client;
  private final String where;

  /** Calls to {@code endpoint}; {@code server} names it in messages ("PagerDuty"). */
  public JsonPosts(Endpoint endpoint, String server) {
    this.endpoint = endpoint;
    this.client = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    this.where = server + " at " + HttpCalls.withoutCredentials(endpoint.url());
  }

  /** How messages name the server: "PagerDuty at https://events.pagerduty.com". */
  public String where() {
    return where;
  }

  /**
   * Sends {@code body} as JSON with {@code method} to the endpoint's URL plus {@code path}; {@code
   * what} names the request in messages.
   */
  public Reply send(
      String method, String path, Map<String, String> headers, String body, String what) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(endpoint.timeout())
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response =
          pending.get(endpoint.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Reply.Response(response.statusCode(), response.body(), response.headers().map());
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut(what);
    } catch (ExecutionException e) {
      return unreachable(e.getCause(), what);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return new Reply.Failed("interrupted while sending " + what + " to " + where);
    }
  }

  private Reply unreachable(Throwable cause, String what) {
    if (cause instanceof HttpTimeoutException) {
      return timedOut(what);
    }
    if (cause instanceof ConnectException) {
      return new Reply.Failed(where + " refused the connection for " + what);
    }
    String detail =
        cause instanceof IOException && cause.getMessage() != null
            ? cause.getMessage()
            : cause.getClass().getSimpleName();
    return new Reply.Failed("cannot reach " + where + " for " + what + ": " + detail);
  }

  private Reply timedOut(String what) {
    return new Reply.Failed(
        where + " did not answer " + what + " within " + Durations.format(endpoint.timeout()));
  }

  private String base() {
    String base = endpoint.url().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @Override
  public void close() {
    client.close();
  }
}
