package dev.nightshift.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code http} healthcheck against a real local HTTP server. */
class HttpProbeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final LocalServer server = new LocalServer();
  private final Http http = Http.create(TIMEOUT);

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void isHealthyOnA2xxWithTheStatusAsValue() {
    Health health = http.probe(check(server.url("/ok"), Set.of(), Optional.empty()), TIMEOUT);

    assertThat(health)
        .isEqualTo(
            new Health(
                HealthStatus.HEALTHY,
                OptionalDouble.of(200),
                "GET " + server.url("/ok") + " → 200"));
  }

  @Test
  void isUnhealthyOnAStatusItDoesNotWant() {
    Health health =
        http.probe(check(server.url("/status/503"), Set.of(), Optional.empty()), TIMEOUT);

    assertThat(health)
        .isEqualTo(
            new Health(
                HealthStatus.UNHEALTHY,
                OptionalDouble.of(503),
                "GET " + server.url("/status/503") + " → 503 (want 2xx/3xx): status 503"));
  }

  @Test
  void acceptsExactlyTheStatusesItWasGiven() {
    Health maintenance =
        http.probe(check(server.url("/status/503"), Set.of(503), Optional.empty()), TIMEOUT);
    Health ok = http.probe(check(server.url("/ok"), Set.of(204), Optional.empty()), TIMEOUT);

    assertThat(maintenance.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(ok.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(ok.reason()).contains("→ 200 (want 204)");
  }

  @Test
  void checksThatTheBodyContainsTheText() {
    Health present =
        http.probe(check(server.url("/ok"), Set.of(), Optional.of("consumers connected")), TIMEOUT);
    Health absent = http.probe(check(server.url("/ok"), Set.of(), Optional.of("green")), TIMEOUT);

    assertThat(present.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(absent)
        .isEqualTo(
            new Health(
                HealthStatus.UNHEALTHY,
                OptionalDouble.of(200),
                "GET "
                    + server.url("/ok")
                    + " → 200, but the body does not contain 'green': ready: all consumers"
                    + " connected"));
  }

  @Test
  void takesARedirectAsAnAnswerWithoutFollowingIt() {
    Health health = http.probe(check(server.url("/redirect"), Set.of(), Optional.empty()), TIMEOUT);

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.value()).hasValue(302);
    assertThat(server.received())
        .extracting(LocalServer.Received::path)
        .containsExactly("/redirect");
  }

  @Test
  void isUnhealthyWhenTheServerDoesNotAnswerWithinTheChecksTimeout() {
    Healthcheck.Http check =
        new Healthcheck.Http(
            server.url("/slow"),
            "get",
            Set.of(),
            Optional.empty(),
            Optional.of(Duration.ofMillis(300)));

    Health health = http.probe(check, TIMEOUT);

    assertThat(health)
        .isEqualTo(Health.unhealthy("GET " + server.url("/slow") + ": no answer within 300ms"));
  }

  @Test
  void isUnhealthyWhenNothingListensOrTheHostDoesNotResolve() {
    URI closed = URI.create("http://127.0.0.1:" + FreePort.next() + "/health");
    URI nowhere = URI.create("http://nightshift-no-such-host.invalid/health");

    Health refused = http.probe(check(closed, Set.of(), Optional.empty()), TIMEOUT);
    Health unresolved = http.probe(check(nowhere, Set.of(), Optional.empty()), TIMEOUT);

    assertThat(refused)
        .isEqualTo(Health.unhealthy("GET " + closed + ": could not connect: connection refused"));
    assertThat(unresolved)
        .isEqualTo(Health.unhealthy("GET " + nowhere + ": the host name does not resolve"));
  }

  @Test
  void isUnknownWhenTheCheckCannotBeSent() {
    Health health =
        http.probe(
            check(URI.create("ftp://files.example/health"), Set.of(), Optional.empty()), TIMEOUT);

    assertThat(health)
        .isEqualTo(
            Health.unknown(
                "GET ftp://files.example/health cannot be sent: only http and https URLs are"
                    + " allowed: ftp://files.example/health"));
  }

  private static Healthcheck.Http check(URI url, Set<Integer> expect, Optional<String> contains) {
    return new Healthcheck.Http(url, "GET", expect, contains, Optional.empty());
  }
}
