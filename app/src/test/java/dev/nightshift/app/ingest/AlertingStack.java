package dev.nightshift.app.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.adapters.testing.Programs;
import dev.nightshift.adapters.testing.ServerProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real {@code prometheus} and {@code prometheus-alertmanager} (the Debian packages) around a
 * gauge this test sets: Prometheus scrapes it every second and fires {@link #ALERT}, labelled with
 * its SLA, while it is above zero; Alertmanager posts every notification, firing, repeated each
 * second and resolved, to a webhook with a bearer token.
 */
final class AlertingStack implements AutoCloseable {

  static final String ALERT = "NightshiftFreshnessStale";
  static final String SUMMARY = "entity data is stale";
  private static final Duration START = Duration.ofSeconds(30);

  private final Path dir;
  private final HttpServer exporter;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private volatile int stale = 1;
  private int alertmanagerPort;
  private ServerProcess alertmanager;
  private ServerProcess prometheus;

  private AlertingStack(Path dir, HttpServer exporter) {
    this.dir = dir;
    this.exporter = exporter;
  }

  /** Serves the gauge, at 1 (stale); nothing evaluates it until {@link #start}. */
  static AlertingStack serve(Path dir) {
    try {
      HttpServer exporter =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AlertingStack stack = new AlertingStack(dir, exporter);
      exporter.createContext("/metrics", stack::scrape);
      exporter.start();
      return stack;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int exporterPort() {
    return exporter.getAddress().getPort();
  }

  /**
   * Starts Alertmanager posting to {@code webhook} and Prometheus with the rule about {@code sla}.
   */
  void start(URI webhook, String token, String sla) throws IOException {
    alertmanagerPort = FreePort.next();
    alertmanager = startAlertmanager(webhook, token);
    prometheus = startPrometheus(sla);
  }

  /** The rule stops firing at the next scrape. */
  void recover() {
    stale = 0;
  }

  /** How many webhook notifications Alertmanager has sent, by its own metrics (0 if unknown). */
  int notificationsSent() {
    return webhookCounter("alertmanager_notifications_total");
  }

  /** How many of them the receiver did not accept (not 2xx, or no answer). */
  int notificationsFailed() {
    return webhookCounter("alertmanager_notifications_failed_total");
  }

  private int webhookCounter(String name) {
    URI uri = URI.create("http://127.0.0.1:" + alertmanagerPort + "/metrics");
    try {
      String text =
          client
              .send(
                  HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m =
          Pattern.compile("^" + name + "\\{integration=\"webhook\"} (\\d+)$", Pattern.MULTILINE)
              .matcher(text);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** Waits for {@code ready}, failing early with Alertmanager's log if it exits. */
  void await(String what, Duration timeout, BooleanSupplier ready) {
    alertmanager.await(what, timeout, ready);
  }

  @Override
  public void close() {
    for (ServerProcess p : new ServerProcess[] {prometheus, alertmanager}) {
      if (p != null) {
        p.close();
      }
    }
    exporter.stop(0);
  }

  private void scrape(HttpExchange exchange) throws IOException {
    byte[] body = ("nightshift_fixture_stale " + stale + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private ServerProcess startAlertmanager(URI webhook, String token) throws IOException {
    Path config =
        Files.writeString(
            dir.resolve("alertmanager.yml"),
            """
            route:
              receiver: nightshift
              group_by: [alertname]
              group_wait: 0s
              group_interval: 1s
              repeat_interval: 1s
            receivers:
              - name: nightshift
                webhook_configs:
                  - url: %s
                    send_resolved: true
                    http_config:
                      authorization:
                        credentials: %s
            """
                .formatted(webhook, token));
    return ServerProcess.start(
            "alertmanager",
            List.of(
                Programs.require("prometheus-alertmanager").toString(),
                "--config.file=" + config,
                "--storage.path=" + dir.resolve("alertmanager"),
                "--web.listen-address=127.0.0.1:" + alertmanagerPort,
                "--cluster.listen-address="),
            dir)
        .awaitPort(alertmanagerPort, START);
  }

  private ServerProcess startPrometheus(String sla) throws IOException {
    Path rules =
        Files.writeString(
            dir.resolve("rules.yml"),
            """
            groups:
              - name: nightshift
                interval: 1s
                rules:
                  - alert: %s
                    expr: nightshift_fixture_stale > 0
                    for: 0s
                    labels:
                      sla: %s
                    annotations:
                      summary: %s
            """
                .formatted(ALERT, sla, SUMMARY));
    Path config =
        Files.writeString(
            dir.resolve("prometheus.yml"),
            """
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files: [%s]
            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['127.0.0.1:%d']
            scrape_configs:
              - job_name: fixture
                static_configs:
                  - targets: ['127.0.0.1:%d']
            """
                .formatted(rules, alertmanagerPort, exporterPort()));
    int port = FreePort.next();
    return ServerProcess.start(
            "prometheus",
            List.of(
                Programs.require("prometheus").toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("prometheus"),
                "--web.listen-address=127.0.0.1:" + port),
            dir)
        .awaitPort(port, START);
  }
}
