package dev.nightshift.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client sends, checked against a local server speaking Prometheus' query API: the path
 * under a prefix, the form, the evaluation time from the clock, the server-side timeout and the
 * credentials. The real Prometheus is in {@code PrometheusIT}.
 */
class PrometheusContractTest {

  private static final String VECTOR =
      """
      {"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"__name__":"redis_connected_clients"},"value":[1777636800.123,"291"]}]}}
      """;

  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private Prometheus prometheus;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Map<String, String> request = new LinkedHashMap<>();
          request.put("method", exchange.getRequestMethod());
          request.put("path", exchange.getRequestURI().getPath());
          request.put("content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          request.put("authorization", auth == null ? "" : auth);
          request.putAll(form(new String(exchange.getRequestBody().readAllBytes(), UTF8)));
          requests.add(request);
          byte[] body = VECTOR.getBytes(UTF8);
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/prom/");
    Endpoint endpoint =
        new Endpoint(url, Duration.ofMillis(2500), Optional.of("agent"), Optional.of("pw"));
    Clock clock = Clock.fixed(Instant.parse("2026-05-01T12:00:00.123Z"), ZoneOffset.UTC);
    prometheus = Prometheus.connect(endpoint, clock);
  }

  @AfterEach
  void stop() {
    prometheus.close();
    server.stop(0);
  }

  @Test
  void postsTheQueryAtTheClocksTimeWithTheTimeoutAndCredentials() {
    MetricReading reading = prometheus.query("redis_connected_clients");

    assertThat(reading)
        .isEqualTo(new MetricReading.Values(List.of(new Sample("redis_connected_clients", 291))));
    assertThat(requests.getFirst())
        .containsExactly(
            Map.entry("method", "POST"),
            Map.entry("path", "/prom/api/v1/query"),
            Map.entry("content-type", "application/x-www-form-urlencoded"),
            Map.entry("authorization", "Basic YWdlbnQ6cHc="),
            Map.entry("query", "redis_connected_clients"),
            Map.entry("time", "1777636800.123"),
            Map.entry("timeout", "2.500"));
  }

  @Test
  void queriesAConditionsLeftHandSide() {
    prometheus.values(MetricCondition.parse("x{a=\"b c\"} increase > 3 in 5m").orThrow());

    assertThat(requests.getFirst()).containsEntry("query", "increase(x{a=\"b c\"}[5m])");
  }

  @Test
  void postsARangeWithItsStartEndAndStep() {
    prometheus.range(
        "up",
        Instant.parse("2026-05-01T11:00:00Z"),
        Instant.parse("2026-05-01T12:00:00Z"),
        Duration.ofSeconds(15));

    assertThat(requests.getFirst())
        .containsEntry("path", "/prom/api/v1/query_range")
        .containsEntry("query", "up")
        .containsEntry("start", "1777633200.000")
        .containsEntry("end", "1777636800.000")
        .containsEntry("step", "15.000");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), UTF8),
          URLDecoder.decode(pair.substring(eq + 1), UTF8));
    }
    return form;
  }
}
