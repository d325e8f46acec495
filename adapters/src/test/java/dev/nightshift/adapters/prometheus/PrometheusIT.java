package dev.nightshift.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.adapters.testing.Programs;
import dev.nightshift.adapters.testing.ServerProcess;
import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus client against the real {@code prometheus}, scraping a tiny exporter this test
 * runs every second: a gauge at 291 and a counter that grows with every scrape.
 */
class PrometheusIT {

  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @TempDir static Path dir;

  private static final AtomicLong requests = new AtomicLong();
  private static HttpServer exporter;
  private static ServerProcess server;
  private static String instance;
  private static Prometheus prometheus;

  @BeforeAll
  static void startPrometheusScrapingTheExporter() throws IOException {
    exporter = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    exporter.createContext(
        "/metrics",
        exchange -> {
          byte[] body = metrics(requests.addAndGet(7)).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    exporter.start();
    instance = "127.0.0.1:" + exporter.getAddress().getPort();
    int port = FreePort.next();
    Path config = Files.writeString(dir.resolve("prometheus.yml"), config(instance));
    server =
        ServerProcess.start(
                "prometheus",
                List.of(
                    Programs.require("prometheus").toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port),
                dir)
            .awaitPort(port, START);
    prometheus =
        Prometheus.connect(
            Endpoint.of(URI.create("http://127.0.0.1:" + port), TIMEOUT), Clock.systemUTC());
    // Two scrapes at least, so that rate() has two samples to work with.
    server.await(
        "two scrapes of the exporter",
        START,
        () -> prometheus.query("rate(fixture_requests_total[1m])") instanceof MetricReading.Values);
  }

  @AfterAll
  static void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (server != null) {
      server.close();
    }
    if (exporter != null) {
      exporter.stop(0);
    }
  }

  @Test
  void readsTheScrapedGaugeWithItsLabels() {
    assertThat(prometheus.query("redis_connected_clients"))
        .isEqualTo(new MetricReading.Values(List.of(new Sample(gauge(), 291))));
  }

  @Test
  void readsAConditionsLeftHandSideForEverySeries() {
    MetricReading reading =
        prometheus.values(MetricCondition.parse("fixture_requests_total rate > 0").orThrow());

    assertThat(reading).isInstanceOf(MetricReading.Values.class);
    MetricReading.Values values = (MetricReading.Values) reading;
    assertThat(values.samples())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.series())
              .isEqualTo(
                  "rate(fixture_requests_total[1m]){instance=\""
                      + instance
                      + "\",job=\"fixture\",path=\"/a\"}");
          assertThat(s.value()).isPositive();
        });
  }

  @Test
  void readsARangeOfPoints() {
    Instant end = Instant.now();

    MetricRange range =
        prometheus.range(
            "redis_connected_clients", end.minusSeconds(30), end, Duration.ofSeconds(1));

    assertThat(range).isInstanceOf(MetricRange.Values.class);
    MetricRange.Series series = ((MetricRange.Values) range).series().getFirst();
    assertThat(series.series()).isEqualTo(gauge());
    assertThat(series.points()).isNotEmpty().allMatch(p -> p.value() == 291);
    assertThat(series.points()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
  }

  @Test
  void aConditionThatDoesNotHoldIsUnhealthyWithTheMeasuredValue() {
    Health health =
        prometheus.probe(
            new Healthcheck.PromQlCondition(
                MetricCondition.parse("redis_connected_clients < 280").orThrow(),
                Optional.empty()));

    assertThat(health)
        .isEqualTo(Health.measured(HealthStatus.UNHEALTHY, 291, gauge() + " = 291 (want < 280)"));
  }

  @Test
  void anExpressionWithinItsBoundIsHealthy() {
    Health health =
        prometheus.probe(
            new Healthcheck.PromQlQuery(
                "sum(redis_connected_clients)",
                Bound.parse("< 300").orThrow(),
                Optional.of(Duration.ofSeconds(2))));

    assertThat(health)
        .isEqualTo(
            Health.measured(
                HealthStatus.HEALTHY, 291, "sum(redis_connected_clients) = 291 (want < 300)"));
  }

  @Test
  void aMissingSeriesIsNoDataAndItsProbeUnknown() {
    assertThat(prometheus.query("nightshift_no_such_metric"))
        .isEqualTo(
            new MetricReading.Unavailable(
                "Prometheus has no data for 'nightshift_no_such_metric'", true));
    assertThat(
            prometheus.probe(
                new Healthcheck.PromQlCondition(
                    MetricCondition.parse("nightshift_no_such_metric < 1").orThrow(),
                    Optional.empty())))
        .isEqualTo(Health.unknown("Prometheus has no data for 'nightshift_no_such_metric'"));
  }

  @Test
  void aSyntaxErrorCarriesPrometheusMessageAndIsNotRetryable() {
    MetricReading reading = prometheus.query("sum(redis_connected_clients");

    assertThat(reading).isInstanceOf(MetricReading.Unavailable.class);
    MetricReading.Unavailable unavailable = (MetricReading.Unavailable) reading;
    assertThat(unavailable.retryable()).isFalse();
    assertThat(unavailable.reason())
        .startsWith("Prometheus could not evaluate 'sum(redis_connected_clients': bad_data: ")
        .contains("parse error");
  }

  @Test
  void aPrometheusThatIsNotRunningIsUnavailable() {
    URI nobody = URI.create("http://127.0.0.1:" + FreePort.next());
    try (Prometheus stopped = Prometheus.connect(Endpoint.of(nobody, TIMEOUT), Clock.systemUTC())) {
      assertThat(stopped.query("up"))
          .isEqualTo(
              new MetricReading.Unavailable(
                  "Prometheus at " + nobody + " refused the connection (is it running?) for 'up'",
                  true));
    }
  }

  @Test
  void aSlowPrometheusTimesOutWithinTheTimeout() throws IOException {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    HttpServer slow =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    slow.setExecutor(threads);
    slow.createContext(
        "/",
        exchange -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    slow.start();
    URI url = URI.create("http://127.0.0.1:" + slow.getAddress().getPort());
    try (Prometheus hanging =
        Prometheus.connect(Endpoint.of(url, Duration.ofMillis(400)), Clock.systemUTC())) {
      long started = System.nanoTime();

      MetricReading reading = hanging.query("up");

      assertThat(reading)
          .isEqualTo(
              new MetricReading.Unavailable(
                  "Prometheus at " + url + " did not answer 'up' within 400ms", true));
      // Generous: this checks that the call gives up, not how fast.
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    } finally {
      release.countDown();
      slow.stop(0);
      threads.shutdownNow();
    }
  }

  private static String gauge() {
    return "redis_connected_clients{instance=\"" + instance + "\",job=\"fixture\"}";
  }

  private static String metrics(long requestCount) {
    return """
    # HELP redis_connected_clients Clients connected to Redis.
    # TYPE redis_connected_clients gauge
    redis_connected_clients 291
    # HELP fixture_requests_total Requests served.
    # TYPE fixture_requests_total counter
    fixture_requests_total{path="/a"} %d
    """
        .formatted(requestCount);
  }

  private static String config(String target) {
    return """
    global:
      scrape_interval: 1s
      scrape_timeout: 1s
      evaluation_interval: 1s
    scrape_configs:
      - job_name: fixture
        static_configs:
          - targets: ['%s']
    """
        .formatted(target);
  }
}
