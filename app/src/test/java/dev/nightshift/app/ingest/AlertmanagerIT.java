package dev.nightshift.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.adapters.testing.Programs;
import dev.nightshift.adapters.testing.ServerProcess;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.Secret;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Parts;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.testing.FakeLogSource;
import dev.nightshift.core.testing.FakeMetricSource;
import dev.nightshift.core.testing.FakeSliSource;
import dev.nightshift.core.testing.RecordingExecutor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook behind the real {@code prometheus} and {@code prometheus-alertmanager}: Prometheus
 * evaluates a rule on a gauge this test serves, Alertmanager posts to the webhook with a bearer
 * token, and a real agent (example configuration, memory stores) opens the incident. Then the gauge
 * drops, the rule stops firing and the resolution lands on the incident's timeline.
 */
class AlertmanagerIT {

  private static final Duration START = Duration.ofSeconds(30);
  private static final Duration SIGNAL = Duration.ofSeconds(20);
  private static final String TOKEN = "alertmanager-it-token";
  private static final String ALERT = "NightshiftFreshnessStale";
  private static final String SLA = "entity_data_freshness";

  @TempDir Path dir;

  private final AtomicInteger stale = new AtomicInteger(1);
  private final AtomicInteger raised = new AtomicInteger();
  private final AtomicInteger posts = new AtomicInteger();
  private final Stores stores = MemoryStores.create();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private HttpServer http;
  private ServerProcess alertmanager;
  private ServerProcess prometheus;

  @BeforeEach
  void startTheAgentPrometheusAndAlertmanager() throws IOException {
    Agent agent = agent();
    ticker.scheduleWithFixedDelay(agent::tick, 0, 200, TimeUnit.MILLISECONDS);
    AlertmanagerWebhook webhook =
        new AlertmanagerWebhook(
            new WebhookAuth(Map.of("alertmanager", new Secret("test", TOKEN)), Optional.empty()),
            config().tree(),
            alert -> {
              raised.incrementAndGet();
              agent.alert(alert);
            },
            agent::resolved,
            stores.alerts(),
            stores.audit(),
            Clock.systemUTC());
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext(
        "/metrics", exchange -> reply(exchange, "nightshift_fixture_stale " + stale.get() + "\n"));
    http.createContext(
        "/webhooks/alertmanager",
        exchange -> {
          webhook.handle(exchange);
          posts.incrementAndGet();
        });
    http.start();
    int amPort = FreePort.next();
    alertmanager = startAlertmanager(amPort, http.getAddress().getPort());
    prometheus = startPrometheus(amPort, http.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    ticker.shutdownNow();
    for (ServerProcess p : new ServerProcess[] {prometheus, alertmanager}) {
      if (p != null) {
        p.close();
      }
    }
    if (http != null) {
      http.stop(0);
    }
  }

  @Test
  void opensAnIncidentOnceForARepeatedAlertAndNotesItsResolution() {
    alertmanager.await("an incident opened by the alert", SIGNAL, () -> !incidents().isEmpty());
    Incident incident = incidents().getFirst();
    assertThat(incident.sla().value()).isEqualTo(SLA);
    assertThat(incident.trigger()).isEqualTo("alertmanager: " + ALERT + ": entity data is stale");

    // repeat_interval is 1s: Alertmanager posts the same firing again; it is not raised again.
    int seen = posts.get();
    alertmanager.await("a repeated notification", SIGNAL, () -> posts.get() >= seen + 2);
    assertThat(raised.get()).isEqualTo(1);
    assertThat(incidents()).hasSize(1);

    stale.set(0);
    alertmanager.await(
        "the resolution on the incident's timeline",
        SIGNAL,
        () -> !resolutions(incident).isEmpty());
    assertThat(resolutions(incident))
        .singleElement()
        .satisfies(m -> assertThat(m).startsWith("alert " + ALERT + " resolved at "));
    assertThat(stores.alerts().find(fingerprint()).orElseThrow().firing()).isFalse();
  }

  private List<Incident> incidents() {
    return stores.incidents().recent(10);
  }

  private List<String> resolutions(Incident incident) {
    return stores.timeline().events(incident.id()).stream()
        .filter(e -> e.type() == EventType.SIGNAL_ATTACHED)
        .map(TimelineEvent::message)
        .filter(m -> m.contains("resolved"))
        .toList();
  }

  // The fingerprint the webhook recorded firing: the rule's single series.
  private String fingerprint() {
    return stores.audit().entries().stream()
        .map(e -> e.record().subject())
        .filter(subject -> subject.startsWith("alert " + ALERT + " ("))
        .map(subject -> subject.substring(subject.indexOf('(') + 1, subject.length() - 1))
        .findFirst()
        .orElseThrow();
  }

  private Agent agent() {
    Config config = config();
    return new Agent(
        new Parts(
            config.tree(),
            config.knownErrors(),
            config.policy(),
            Duration.ofMinutes(1),
            4,
            new FakeSliSource(),
            (check, where) -> Health.healthy("fine"),
            new FakeLogSource(),
            new FakeMetricSource(),
            new RecordingExecutor(),
            Runnable::run,
            stores,
            notice -> {},
            Clock.systemUTC()));
  }

  private static Config config() {
    return new ConfigLoader(name -> Optional.empty())
        .load(Path.of("../examples/freshness-pipeline"))
        .config()
        .orElseThrow();
  }

  private ServerProcess startAlertmanager(int port, int webhookPort) throws IOException {
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
                  - url: http://127.0.0.1:%d/webhooks/alertmanager
                    send_resolved: true
                    http_config:
                      authorization:
                        credentials: %s
            """
                .formatted(webhookPort, TOKEN));
    return ServerProcess.start(
            "alertmanager",
            List.of(
                Programs.require("prometheus-alertmanager").toString(),
                "--config.file=" + config,
                "--storage.path=" + dir.resolve("alertmanager"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address="),
            dir)
        .awaitPort(port, START);
  }

  private ServerProcess startPrometheus(int alertmanagerPort, int exporterPort) throws IOException {
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
                      summary: entity data is stale
            """
                .formatted(ALERT, SLA));
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
                .formatted(rules, alertmanagerPort, exporterPort));
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

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
