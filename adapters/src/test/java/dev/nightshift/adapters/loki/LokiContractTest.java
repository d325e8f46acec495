package dev.nightshift.adapters.loki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Loki client against a local server that speaks Loki's documented query_range API. */
class LokiContractTest {

  private static final Instant NOW = Instant.parse("2026-05-01T12:00:00.123456789Z");
  private static final String NOW_NANOS = "1777636800123456789";
  private static final String SELECTOR = "{container_name=\"primary_kafka_to_redis\"}";
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final LokiServer server = new LokiServer();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private Loki loki = Loki.connect(Endpoint.of(server.url(), TIMEOUT), clock);

  @AfterEach
  void stop() {
    loki.close();
    server.close();
  }

  @Test
  void sendsTheNodesQueryWithAnEscapedRegexLineFilterAndNanosecondRange() {
    server.answer(200, streams());

    loki.recentErrors(SELECTOR, "ERROR|Too many \"connections\" \\d+", Duration.ofMinutes(5), 50);

    LokiServer.Request request = server.lastRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/loki/api/v1/query_range");
    assertThat(request.params())
        .containsExactly(
            entry("query", SELECTOR + " |~ \"ERROR|Too many \\\"connections\\\" \\\\d+\""),
            entry("start", "1777636500123456789"),
            entry("end", NOW_NANOS),
            entry("limit", "50"),
            entry("direction", "backward"));
  }

  @Test
  void sendsTheQueryAsWrittenForRecentLines() {
    server.answer(200, streams());

    loki.recentLines(" " + SELECTOR + " | json ", Duration.ofSeconds(90), 1);

    assertThat(server.lastRequest().params())
        .containsEntry("query", SELECTOR + " | json")
        .containsEntry("start", "1777636710123456789")
        .containsEntry("limit", "1");
  }

  @Test
  void mergesEveryStreamsLinesOldestFirst() {
    server.answer(200, streams());

    LogReading reading = loki.recentErrors(SELECTOR, "ERROR", Duration.ofMinutes(5), 50);

    assertThat(reading)
        .isEqualTo(
            new LogReading.Lines(
                List.of(
                    line("1777636700000000000", "11:58:20 ERROR pool exhausted"),
                    line("1777636750500000000", "11:59:10 WARN retrying ERROR path"),
                    line("1777636790000000001", "11:59:50 ERROR Too many connections"))));
  }

  @Test
  void keepsOnlyTheNewestLinesUpToTheLimit() {
    server.answer(200, streams());

    LogReading reading = loki.recentErrors(SELECTOR, "ERROR", Duration.ofMinutes(5), 2);

    assertThat(((LogReading.Lines) reading).lines())
        .extracting(LogLine::text)
        .containsExactly(
            "11:59:10 WARN retrying ERROR path", "11:59:50 ERROR Too many connections");
  }

  @Test
  void readsAnEmptyResultAsNoLines() {
    server.answer(
        200, "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[]}}");

    assertThat(loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10))
        .isEqualTo(new LogReading.Lines(List.of()));
  }

  @Test
  void reportsALogQlParseErrorAsNotRetryable() {
    server.answer(400, "parse error at line 1, col 41: syntax error: unexpected IDENTIFIER\n");

    LogReading reading = loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10);

    assertThat(reading)
        .isEqualTo(
            new LogReading.Unavailable(
                "Loki could not run '"
                    + SELECTOR
                    + "': HTTP 400: parse error at line 1, col 41: syntax error: unexpected"
                    + " IDENTIFIER",
                false));
  }

  @Test
  void reportsAJsonErrorBodysMessage() {
    server.answer(
        400, "{\"code\":400,\"message\":\"max entries limit exceeded\",\"status\":\"error\"}");

    assertThat(loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10))
        .isEqualTo(
            new LogReading.Unavailable(
                "Loki could not run '" + SELECTOR + "': HTTP 400: max entries limit exceeded",
                false));
  }

  @Test
  void reportsAServerErrorAsRetryable() {
    server.answer(500, "rpc error: code = Unavailable desc = no ingesters\n");

    LogReading reading = loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10);

    assertThat(reading).isInstanceOf(LogReading.Unavailable.class);
    LogReading.Unavailable unavailable = (LogReading.Unavailable) reading;
    assertThat(unavailable.retryable()).isTrue();
    assertThat(unavailable.reason()).contains("Loki", "HTTP 500", "no ingesters");
  }

  @Test
  void reportsMalformedJsonAsUnavailable() {
    server.answer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"str");

    LogReading reading = loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10);

    assertThat(reading).isInstanceOf(LogReading.Unavailable.class);
    assertThat(((LogReading.Unavailable) reading).reason())
        .startsWith("Loki at " + server.url() + " answered '" + SELECTOR + "' with something")
        .contains("not JSON");
  }

  @Test
  void reportsAMetricResultAsUnexpected() {
    server.answer(
        200, "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}");

    assertThat(loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10))
        .isEqualTo(
            new LogReading.Unavailable(
                "Loki answered '" + SELECTOR + "' with a matrix result", false));
  }

  @Test
  void givesUpAfterTheEndpointsTimeout() {
    loki.close();
    loki = Loki.connect(Endpoint.of(server.url(), Duration.ofMillis(300)), clock);
    server.hang();

    LogReading reading = loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10);

    assertThat(reading)
        .isEqualTo(
            new LogReading.Unavailable(
                "Loki at " + server.url() + " did not answer '" + SELECTOR + "' within 300ms",
                true));
  }

  @Test
  void reportsARefusedConnectionAsRetryable() {
    URI nobody = URI.create("http://127.0.0.1:" + FreePort.next());
    try (Loki absent = Loki.connect(Endpoint.of(nobody, TIMEOUT), clock)) {
      assertThat(absent.recentLines(SELECTOR, Duration.ofMinutes(1), 10))
          .isEqualTo(
              new LogReading.Unavailable(
                  "Loki at "
                      + nobody
                      + " refused the connection (is it running?) for '"
                      + SELECTOR
                      + "'",
                  true));
    }
  }

  @Test
  void sendsBasicCredentialsAndNeverShowsThem() {
    loki.close();
    Endpoint endpoint =
        new Endpoint(server.url(), TIMEOUT, Optional.of("nightshift"), Optional.of("s3cret"));
    loki = Loki.connect(endpoint, clock);
    server.answer(500, "boom");

    LogReading reading = loki.recentLines(SELECTOR, Duration.ofMinutes(1), 10);

    assertThat(server.lastRequest().headers())
        .containsEntry("authorization", "Basic bmlnaHRzaGlmdDpzM2NyZXQ=");
    assertThat(((LogReading.Unavailable) reading).reason()).doesNotContain("s3cret");
  }

  @Test
  void judgesRecencyByTheNewestLine() {
    server.answer(200, streams());
    Healthcheck.LogRecency check =
        new Healthcheck.LogRecency(Duration.ofMinutes(1), Optional.empty());

    Health health = loki.recency(SELECTOR, check);

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.value()).hasValue(10.123);
    assertThat(health.reason()).isEqualTo("newest log line 10s123ms ago (max 1m)");
    assertThat(server.lastRequest().params()).containsEntry("limit", "1");
  }

  @Test
  void aSilentNodeIsUnhealthyAndAnUnreachableLokiUnknown() {
    Healthcheck.LogRecency check =
        new Healthcheck.LogRecency(Duration.ofMinutes(1), Optional.empty());
    server.answer(
        200, "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[]}}");
    assertThat(loki.recency(SELECTOR, check))
        .isEqualTo(Health.unhealthy("no log line in the last 1m for " + SELECTOR));

    server.answer(503, "too busy");
    assertThat(loki.recency(SELECTOR, check).status()).isEqualTo(HealthStatus.UNKNOWN);
  }

  @Test
  void rejectsQueriesThatSelectNoStreamsAndInvalidLimits() {
    assertThatThrownBy(() -> loki.recentLines("rate({a=\"b\"}[5m])", Duration.ofMinutes(1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stream selector");
    assertThatThrownBy(() -> loki.recentLines(SELECTOR, Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> loki.recentLines(SELECTOR, Duration.ofMinutes(1), 5001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> loki.recentLines(SELECTOR, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }

  // Two streams, each newest first as Loki sends them with direction=backward; one entry carries
  // Loki 3's structured metadata as a third element.
  private static String streams() {
    return """
    {"status":"success","data":{"resultType":"streams","result":[
      {"stream":{"container_name":"primary_kafka_to_redis","level":"error"},
       "values":[["1777636790000000001","11:59:50 ERROR Too many connections"],
                 ["1777636700000000000","11:58:20 ERROR pool exhausted"]]},
      {"stream":{"container_name":"primary_kafka_to_redis","level":"warn"},
       "values":[["1777636750500000000","11:59:10 WARN retrying ERROR path",{"trace_id":"abc"}]]}
    ],
    "stats":{"summary":{"bytesProcessedPerSecond":1234,"execTime":0.002}}}}
    """;
  }

  private static LogLine line(String nanos, String text) {
    return new LogLine(LokiStreams.time(nanos), text);
  }

  private static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }
}
