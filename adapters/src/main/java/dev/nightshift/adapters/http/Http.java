package dev.nightshift.adapters.http;

import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.HttpRequest;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code http_request} action and the {@code http} and {@code tcp_connect} healthchecks, over
 * one JDK HTTP client: redirects are not followed (a probe reports what the server said, and an
 * action must not be replayed elsewhere), and every call has a deadline covering the whole answer.
 */
public final class Http implements AutoCloseable {

  /** An action's detail keeps the end of the body, where an API puts its error. */
  private static final int ACTION_BODY_BYTES = 8 * 1024;

  /** A health page is searched for {@code bodyContains}; pages are small, this bounds the rest. */
  private static final int PROBE_BODY_BYTES = 64 * 1024;

  /** A health reason is one line of a report. */
  private static final int REASON_BODY_CHARS = 200;

  private final HttpClient client;
  private final Exchange exchange;
  private final Duration defaultTimeout;

  private Http(HttpClient client, Duration defaultTimeout) {
    this.client = client;
    this.exchange = new Exchange(client);
    this.defaultTimeout = defaultTimeout;
  }

  /** One client whose actions are limited to {@code defaultTimeout} each. */
  public static Http create(Duration defaultTimeout) {
    Objects.requireNonNull(defaultTimeout, "defaultTimeout");
    if (defaultTimeout.isZero() || defaultTimeout.isNegative()) {
      throw new IllegalArgumentException("a timeout must be positive: " + defaultTimeout);
    }
    // HTTP/1.1: health endpoints behind old proxies mishandle the h2c upgrade of HTTP/2.
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new Http(client, defaultTimeout);
  }

  /**
   * Sends the action's request with an {@code Idempotency-Key} header, so that a server which
   * honours it applies a repeated step once. A server error or no answer may be retried; a client
   * error (4xx) will fail the same way again, except 408 and 429, which say "later".
   */
  public ExecutionResult execute(HttpRequest action, IdempotencyKey key) {
    String what = Requests.describe(action.method(), action.url());
    Map<String, String> headers = new LinkedHashMap<>(action.headers());
    headers.keySet().removeIf(Requests.IDEMPOTENCY_HEADER::equalsIgnoreCase);
    headers.put(Requests.IDEMPOTENCY_HEADER, key.value());
    java.net.http.HttpRequest request;
    try {
      request =
          Requests.build(action.method(), action.url(), headers, action.body(), defaultTimeout);
    } catch (IllegalArgumentException e) {
      return new ExecutionResult.Failed(what + " refused: " + e.getMessage(), false);
    }
    return switch (exchange.send(request, defaultTimeout, ACTION_BODY_BYTES)) {
      case Reply.Answered a when action.succeeded(a.status()) ->
          new ExecutionResult.Succeeded(answered(what, a.status()) + withBody(a.body()));
      case Reply.Answered a -> {
        String want = wanted(action.expectStatus(), "2xx");
        yield new ExecutionResult.Failed(
            unwanted(what, a.status(), want) + withBody(a.body()), retryable(a.status()));
      }
      case Reply.NoAnswer n -> new ExecutionResult.Failed(what + ": " + n.reason(), true);
    };
  }

  /**
   * The {@code http} healthcheck, the status code being the measured value. No answer (refused,
   * unresolvable, timed out) is unhealthy, as for {@link #tcp}; a check that cannot be sent (a bad
   * URL or method) is unknown.
   */
  public Health probe(Healthcheck.Http check, Duration defaultTimeout) {
    Duration timeout = check.timeout().orElse(defaultTimeout);
    String what = Requests.describe(check.httpMethod(), check.url());
    java.net.http.HttpRequest request;
    try {
      request =
          Requests.build(check.httpMethod(), check.url(), Map.of(), Optional.empty(), timeout);
    } catch (IllegalArgumentException e) {
      return Health.unknown(what + " cannot be sent: " + e.getMessage());
    }
    return switch (exchange.send(request, timeout, PROBE_BODY_BYTES)) {
      case Reply.Answered a -> read(check, what, a);
      case Reply.NoAnswer n -> Health.unhealthy(what + ": " + n.reason());
    };
  }

  private static Health read(Healthcheck.Http check, String what, Reply.Answered answer) {
    int status = answer.status();
    String body = withBody(shorten(answer.body()));
    if (!check.accepts(status)) {
      String want = wanted(check.expectStatus(), "2xx/3xx");
      return Health.measured(HealthStatus.UNHEALTHY, status, unwanted(what, status, want) + body);
    }
    Optional<String> missing = check.bodyContains().filter(text -> !answer.body().contains(text));
    if (missing.isPresent()) {
      String reason =
          answered(what, status) + ", but the body does not contain '" + missing.get() + "'";
      return Health.measured(HealthStatus.UNHEALTHY, status, reason + body);
    }
    return Health.measured(HealthStatus.HEALTHY, status, answered(what, status));
  }

  /**
   * The {@code tcp_connect} healthcheck, the connect time in milliseconds being the measured value.
   *
   * <p>A refused connection, no answer in time, and a host name that does not resolve are all
   * <em>unhealthy</em>, not unknown: the probe itself worked (this agent could try), and what it
   * found is that the target cannot be reached, which is exactly what the check is there to catch.
   * Unknown is kept for a probe that could not be run at all (a malformed host).
   */
  public Health tcp(Healthcheck.TcpConnect check, Duration defaultTimeout) {
    return TcpProbe.connect(check.host(), check.port(), check.timeout().orElse(defaultTimeout));
  }

  /** Stops the client at once: every request in flight has its own deadline anyway. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  private static boolean retryable(int status) {
    return status >= 500 || status == 408 || status == 429;
  }

  private static String answered(String what, int status) {
    return what + " → " + status;
  }

  private static String unwanted(String what, int status, String want) {
    return answered(what, status) + " (want " + want + ")";
  }

  private static String wanted(Set<Integer> expected, String otherwise) {
    return expected.isEmpty()
        ? otherwise
        : expected.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String withBody(String body) {
    return body.isEmpty() ? "" : ": " + body;
  }

  private static String shorten(String body) {
    return body.length() <= REASON_BODY_CHARS
        ? body
        : "…" + body.substring(body.length() - REASON_BODY_CHARS);
  }
}
