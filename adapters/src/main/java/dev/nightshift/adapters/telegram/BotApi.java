package dev.nightshift.adapters.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.measure.Durations;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One Bot API method call: a JSON POST to {@code /bot<token>/<method>} under one deadline, read as
 * the Bot API's {@code {"ok":..}} envelope. The token is in the path only: every reason this class
 * gives has it redacted, whatever the server or the JDK put into their messages.
 */
final class BotApi implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  // The shape BotFather hands out: the bot's id, a colon, then letters, digits, '-' and '_'.
  private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");
  private static final String REDACTED = "<bot token>";
  private static final int EXCERPT_CHARS = 200;

  /** What a call answered. */
  sealed interface Answer {
    record Ok(JsonNode result) implements Answer {}

    record Failed(String reason, boolean retryable, Optional<Duration> retryAfter)
        implements Answer {}
  }

  private final String base;
  private final String token;
  private final HttpClient client;
  private final String where;

  BotApi(Endpoint endpoint, String token) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(token, "token");
    if (!TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(
          "the Telegram bot token is not of the form <bot id>:<secret> as BotFather issues it"
              + " (the value is not shown)");
    }
    URI url = endpoint.url();
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
    this.base = url.getScheme() + "://" + url.getHost() + port + path;
    this.token = token;
    this.client = HttpClient.newBuilder().connectTimeout(endpoint.timeout()).build();
    this.where = "Telegram at " + base;
  }

  /** How messages name the server: "Telegram at https://api.telegram.org". */
  String where() {
    return where;
  }

  static ObjectNode body() {
    return JSON.createObjectNode();
  }

  /** Calls {@code method} with {@code body}; the whole exchange must finish within timeout. */
  Answer call(String method, ObjectNode body, Duration timeout) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/" + method))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return envelope(method, response.statusCode(), response.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      return timedOut(method, timeout);
    } catch (ExecutionException e) {
      return unreachable(method, e.getCause(), timeout);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return failed("interrupted while calling " + method + " on " + where, true, null);
    }
  }

  /**
   * Telegram answers {@code {"ok":true,"result":..}}, or {@code {"ok":false,"error_code":..,
   * "description":..,"parameters":{"retry_after":..}}}; a proxy in between may answer anything.
   */
  Answer envelope(String method, int status, String text) {
    JsonNode root = parse(text);
    if (status / 100 == 2 && root != null && root.path("ok").asBoolean(false)) {
      return new Answer.Ok(root.path("result"));
    }
    int code = root == null ? status : root.path("error_code").asInt(status);
    String description =
        root == null ? excerpt(text) : root.path("description").asText(excerpt(text));
    JsonNode retryAfter = root == null ? null : root.path("parameters").get("retry_after");
    Duration wait =
        retryAfter != null && retryAfter.canConvertToLong()
            ? Duration.ofSeconds(Math.max(0, retryAfter.asLong()))
            : null;
    // A rejected token, chat or request stays rejected; a busy or failing server may take it later.
    boolean retryable = code == 429 || code >= 500 || wait != null;
    return failed(
        where + " refused " + method + ": HTTP " + code + " " + description + hint(code),
        retryable,
        wait);
  }

  private static String hint(int code) {
    return switch (code) {
      case 401, 404 -> " (check the bot token)";
      case 403 -> " (is the bot a member of the chat, and not blocked?)";
      default -> "";
    };
  }

  private Answer unreachable(String method, Throwable cause, Duration timeout) {
    if (cause instanceof HttpTimeoutException) {
      return timedOut(method, timeout);
    }
    if (cause instanceof ConnectException) {
      return failed(where + " refused the connection for " + method, true, null);
    }
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return failed("cannot reach " + where + " for " + method + ": " + detail, true, null);
  }

  private Answer timedOut(String method, Duration timeout) {
    return failed(
        where
            + " did not answer "
            + method
            + " within "
            + Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS)),
        true,
        null);
  }

  private Answer failed(String reason, boolean retryable, @Nullable Duration retryAfter) {
    return new Answer.Failed(redact(reason), retryable, Optional.ofNullable(retryAfter));
  }

  /** The text with the token taken out, also in the percent-encoded form a URI may show. */
  String redact(String text) {
    return text.replace(token, REDACTED).replace(token.replace(":", "%3A"), REDACTED);
  }

  private static @Nullable JsonNode parse(String text) {
    try {
      JsonNode root = JSON.readTree(text);
      return root != null && root.isObject() ? root : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String excerpt(String text) {
    String stripped = text.strip();
    return stripped.length() <= EXCERPT_CHARS
        ? stripped
        : stripped.substring(0, EXCERPT_CHARS) + "...";
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return where;
  }
}
