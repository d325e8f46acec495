package dev.nightshift.adapters.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns a failed model request into one sentence for the audit trail: what went wrong and whether
 * asking again can help, without a stack trace and without the API key.
 */
final class ProviderErrors {

  private final String name;
  private final Duration timeout;
  private final Optional<String> apiKey;

  ProviderErrors(String name, Duration timeout, Optional<String> apiKey) {
    this.name = name;
    this.timeout = timeout;
    this.apiKey = apiKey;
  }

  String reason(RuntimeException e) {
    return scrub(name + " " + what(e));
  }

  private String what(RuntimeException e) {
    if (has(e, TimeoutException.class)
        || has(e, HttpTimeoutException.class)
        || has(e, SocketTimeoutException.class)) {
      return "did not answer within "
          + (timeout.toMillisPart() == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms")
          + " (timeout; a retry may help)";
    }
    Optional<Integer> status = status(e);
    if (status.isPresent()) {
      return http(status.get(), e);
    }
    if (e instanceof AuthenticationException) {
      return "rejected the credentials (check the API key; a retry will not help)";
    }
    if (e instanceof RateLimitException) {
      return "is rate limiting requests (a retry later may help)";
    }
    if (e instanceof InternalServerException) {
      return "had a server error (a retry may help)";
    }
    if (has(e, ConnectException.class)) {
      return "could not be reached: connection refused (is the server running? a retry may help)";
    }
    if (has(e, UnknownHostException.class)) {
      return "could not be reached: unknown host (check the url)";
    }
    return "request failed: " + e.getClass().getSimpleName() + ": " + snippet(e.getMessage());
  }

  private String http(int status, RuntimeException e) {
    return switch (status) {
      case 401, 403 ->
          "rejected the credentials (HTTP "
              + status
              + "; check the API key; a retry will not help)";
      case 429 -> "is rate limiting requests (HTTP 429; a retry later may help)";
      case 404 ->
          (e instanceof ModelNotFoundException ? "does not know the model" : "has no such endpoint")
              + " (HTTP 404; check the model and the url): "
              + snippet(e.getMessage());
      default ->
          status >= 500
              ? "had a server error (HTTP " + status + "; a retry may help)"
              : "rejected the request (HTTP " + status + "): " + snippet(e.getMessage());
    };
  }

  private static Optional<Integer> status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException http) {
        return Optional.of(http.statusCode());
      }
    }
    return Optional.empty();
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String snippet(String message) {
    String text = String.valueOf(message).replaceAll("\\s+", " ").strip();
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  /** Whatever a provider echoed back, the key never reaches the reason. */
  String scrub(String text) {
    return apiKey.map(k -> text.replace(k, "[redacted]")).orElse(text);
  }
}
