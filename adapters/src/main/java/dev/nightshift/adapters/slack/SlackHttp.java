package dev.nightshift.adapters.slack;

import dev.nightshift.core.measure.Durations;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * JSON POSTs to Slack with one deadline over the whole exchange; every transport failure becomes a
 * reason that names the target in words and never carries a secret (a webhook URL, a token).
 */
final class SlackHttp {

  private static final int EXCERPT_CHARS = 300;
  private static final int MIN_SECRET = 8;

  /** What came back: a response of any status, or why none did. */
  sealed interface Reply {
    record Response(int status, String body, Optional<Duration> retryAfter) implements Reply {}

    record Failed(String reason, boolean retryable) implements Reply {}
  }

  private final HttpClient client;
  private final String where;
  private final List<String> secrets;

  /**
   * @param where how messages name the target ("Slack incoming webhook 'ops'")
   * @param secrets strings that must never appear in a reason
   */
  SlackHttp(Duration connectTimeout, String where, List<String> secrets) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.where = where;
    // A trivial "secret" (a webhook path of "/") would blank out every reason instead.
    this.secrets = secrets.stream().filter(s -> s.length() >= MIN_SECRET).toList();
  }

  String where() {
    return where;
  }

  Reply postJson(URI url, String json, Optional<String> bearer, Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Reply.Response(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Retry-After").flatMap(SlackHttp::seconds));
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut(timeout);
    } catch (ExecutionException e) {
      return unreachable(e.getCause(), timeout);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return new Reply.Failed("interrupted while calling " + where, true);
    }
  }

  /** A response body as a message may quote it: short, and scrubbed of secrets. */
  String excerpt(String body) {
    String text = redact(body.strip());
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }

  private Reply unreachable(Throwable cause, Duration timeout) {
    if (cause instanceof HttpTimeoutException) {
      return timedOut(timeout);
    }
    if (cause instanceof ConnectException) {
      return new Reply.Failed(where + " refused the connection", true);
    }
    String detail =
        cause instanceof IOException && cause.getMessage() != null
            ? redact(cause.getMessage())
            : cause.getClass().getSimpleName();
    return new Reply.Failed("cannot reach " + where + ": " + detail, true);
  }

  private Reply timedOut(Duration timeout) {
    return new Reply.Failed(
        where
            + " did not answer within "
            + Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS)),
        true);
  }

  private String redact(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "<redacted>");
    }
    return out;
  }

  // Slack sends Retry-After in seconds; an HTTP date or garbage is as good as no advice.
  private static Optional<Duration> seconds(String value) {
    try {
      long seconds = Long.parseLong(value.strip());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
