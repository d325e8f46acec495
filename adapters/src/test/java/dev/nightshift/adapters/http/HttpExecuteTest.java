package dev.nightshift.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.HttpRequest;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.Target;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code http_request} action against a real local HTTP server. */
class HttpExecuteTest {

  private static final IdempotencyKey KEY = IdempotencyKey.of(7, 2, 3);

  private final LocalServer server = new LocalServer();
  private final Http http = Http.create(Duration.ofSeconds(10));

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void succeedsOnAnExpectedStatusWithTheBodyInTheDetail() {
    ExecutionResult result = http.execute(post(server.url("/ok"), Set.of()), KEY);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Succeeded(
                "POST " + server.url("/ok") + " → 200: ready: all consumers connected"));
  }

  @Test
  void sendsTheIdempotencyKeyWithTheHeadersAndBody() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Authorization", "Bearer s3cret");
    headers.put("idempotency-key", "forged");
    HttpRequest action = request("PUT", server.url("/status/202"), headers, Set.of(202));

    ExecutionResult result = http.execute(action, KEY);

    assertThat(result).isInstanceOf(ExecutionResult.Succeeded.class);
    LocalServer.Received received = server.received().getFirst();
    assertThat(received.method()).isEqualTo("PUT");
    assertThat(received.header("Idempotency-Key")).isEqualTo("incident-7/attempt-2/step-3");
    assertThat(received.header("Content-Type")).isEqualTo("application/json");
    assertThat(received.header("Authorization")).isEqualTo("Bearer s3cret");
    assertThat(received.body()).isEqualTo("{\"rollback\":\"v41\"}");
    assertThat(result.detail()).doesNotContain("s3cret");
  }

  @Test
  void aServerErrorFailsAndMayBeRetried() {
    ExecutionResult result = http.execute(post(server.url("/status/503"), Set.of()), KEY);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "POST " + server.url("/status/503") + " → 503 (want 2xx): status 503", true));
  }

  @Test
  void aClientErrorFailsForGoodButTooManyRequestsMayBeRetried() {
    ExecutionResult notFound = http.execute(post(server.url("/status/404"), Set.of()), KEY);
    ExecutionResult tooMany = http.execute(post(server.url("/status/429"), Set.of()), KEY);

    assertThat(notFound)
        .isEqualTo(
            new ExecutionResult.Failed(
                "POST " + server.url("/status/404") + " → 404 (want 2xx): status 404", false));
    assertThat(tooMany).isEqualTo(new ExecutionResult.Failed(tooMany.detail(), true));
  }

  @Test
  void onlyTheExpectedStatusesSucceed() {
    ExecutionResult result = http.execute(post(server.url("/ok"), Set.of(201, 202)), KEY);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "POST "
                    + server.url("/ok")
                    + " → 200 (want 201, 202): ready: all consumers connected",
                false));
  }

  @Test
  void doesNotFollowARedirect() {
    ExecutionResult result = http.execute(post(server.url("/redirect"), Set.of()), KEY);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "POST " + server.url("/redirect") + " → 302 (want 2xx)", false));
    assertThat(server.received())
        .extracting(LocalServer.Received::path)
        .containsExactly("/redirect");
  }

  @Test
  void aSlowServerTimesOutAndMayBeRetried() {
    try (Http impatient = Http.create(Duration.ofMillis(300))) {
      ExecutionResult result = impatient.execute(post(server.url("/slow"), Set.of()), KEY);

      assertThat(result)
          .isEqualTo(
              new ExecutionResult.Failed(
                  "POST " + server.url("/slow") + ": no answer within 300ms", true));
    }
  }

  @Test
  void aRefusedConnectionMayBeRetried() {
    URI closed = URI.create("http://127.0.0.1:" + FreePort.next() + "/rollback");

    ExecutionResult result = http.execute(post(closed, Set.of()), KEY);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "POST " + closed + ": could not connect: connection refused", true));
  }

  @Test
  void keepsOnlyTheTailOfALargeBody() {
    ExecutionResult result = http.execute(post(server.url("/big"), Set.of()), KEY);

    assertThat(result.detail())
        .contains(" → 200: [")
        .contains(" bytes omitted] ")
        .endsWith("xxxEND")
        .hasSizeLessThan(8 * 1024 + 200);
  }

  @Test
  void keepsTheQueryOutOfTheDetailSinceItMayHoldASecret() {
    ExecutionResult result = http.execute(post(server.url("/ok?token=abc123"), Set.of()), KEY);

    assertThat(result.detail()).startsWith("POST " + server.url("/ok") + "?… → 200");
    assertThat(result.detail()).doesNotContain("abc123");
  }

  @Test
  void refusesWithoutSendingWhatIsNotHttpOrHttps() {
    ExecutionResult result = http.execute(post(URI.create("file:///etc/passwd"), Set.of()), KEY);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "POST file:… refused: only http and https URLs are allowed: file:…", false));
  }

  @Test
  void refusesAHeaderValueThatWouldSmuggleInAnotherHeader() {
    HttpRequest action =
        request("POST", server.url("/ok"), Map.of("X-Reason", "a\r\nX-Admin: yes"), Set.of());

    ExecutionResult result = http.execute(action, KEY);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "POST " + server.url("/ok") + " refused: header X-Reason has a NUL or a line break",
                false));
    assertThat(server.received()).isEmpty();
  }

  @Test
  void refusesAMethodOutsideTheKnownOnesAndHeadersTheClientManages() {
    ExecutionResult trace =
        http.execute(request("TRACE", server.url("/ok"), Map.of(), Set.of()), KEY);
    ExecutionResult host =
        http.execute(request("POST", server.url("/ok"), Map.of("Host", "evil"), Set.of()), KEY);

    assertThat(trace.detail()).contains("refused: method 'TRACE' is not one of");
    assertThat(host).isEqualTo(new ExecutionResult.Failed(host.detail(), false));
    assertThat(host.detail()).contains("refused: ").containsIgnoringCase("host");
    assertThat(server.received()).isEmpty();
  }

  private static HttpRequest post(URI url, Set<Integer> expect) {
    return request("POST", url, Map.of(), expect);
  }

  private static HttpRequest request(
      String method, URI url, Map<String, String> headers, Set<Integer> expect) {
    return new HttpRequest(
        Target.of(Optional.empty(), "api", "deployer"),
        method,
        url,
        headers,
        Optional.of("{\"rollback\":\"v41\"}"),
        expect,
        ActionClass.ROLLBACK,
        Optional.empty());
  }
}
