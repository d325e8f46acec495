package dev.nightshift.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.app.testing.AgentProcess;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alertmanager for real, into the real agent: {@code nightshift run} as its own process serving its
 * API, Prometheus evaluating a rule on a gauge this test sets, and Alertmanager (the Debian
 * package) posting to the agent's {@code /webhooks/alertmanager} with an operator's token.
 * Everything is checked through the agent's own API, as an operator would see it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentAlertmanagerIT {

  private static final Duration SIGNAL = Duration.ofSeconds(20);
  private static final String SLA = "entity_data_freshness";
  private static final String OPERATOR = "alertmanager-operator-token";
  private static final String VIEWER = "reader-viewer-token";
  private static final String SECRET = "deploy-signing-secret";

  @TempDir static Path dir;

  private AlertingStack stack;
  private AgentProcess agent;
  private AgentApi api;

  @RegisterExtension
  final TestWatcher agentLogOnFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (agent != null) {
            System.out.println("agent log (tail):\n" + agent.logTail(60));
          }
        }
      };

  @BeforeAll
  void startTheAgentPrometheusAndAlertmanager() throws IOException {
    stack = AlertingStack.serve(dir);
    agent =
        AgentProcess.start(
            config(stack.exporterPort()),
            dir.resolve("agent.log"),
            Map.of("NS_AM_TOKEN", OPERATOR, "NS_VIEW_TOKEN", VIEWER, "NS_WEBHOOK_SECRET", SECRET));
    api = new AgentApi(agent.apiUrl());
    stack.start(agent.apiUrl().resolve("/webhooks/alertmanager"), OPERATOR, SLA);
  }

  @AfterAll
  void stopEverything() {
    try {
      if (agent != null) {
        // 128 + SIGTERM, as the run command's help says, once it has stopped gracefully.
        assertThat(agent.stop(Duration.ofSeconds(30))).as(agent.logTail(40)).isEqualTo(143);
        assertThat(agent.log()).contains("nightshift: stopped");
        assertThat(auditKinds()).as("the store's audit trail").endsWith("agent_stopped");
      }
    } finally {
      if (agent != null) {
        agent.close();
      }
      if (stack != null) {
        stack.close();
      }
    }
  }

  @Test
  void opensOneIncidentForARepeatedAlertAndNotesItsResolutionOnTheTimeline() {
    await("an incident opened by the alert", () -> incidents().size() > 0);
    JsonNode incident = incidents().getFirst();
    assertThat(incident.path("sla").asText()).isEqualTo(SLA);
    assertThat(incident.path("trigger").asText())
        .isEqualTo("alertmanager: " + AlertingStack.ALERT + ": " + AlertingStack.SUMMARY);

    // repeat_interval is 1s: Alertmanager sends the same firing alert again; nothing new opens.
    int sent = stack.notificationsSent();
    await("two more notifications", () -> stack.notificationsSent() >= sent + 2);
    assertThat(stack.notificationsFailed()).as("notifications the agent refused").isZero();
    assertThat(incidents()).hasSize(1);
    assertThat(audit("webhook.alert_raised"))
        .singleElement()
        .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("webhook:alertmanager"));

    stack.recover();
    String path = "api/v1/incidents/" + incident.path("id").asLong();
    await("the resolution on the timeline", () -> !resolutions(path).isEmpty());
    assertThat(resolutions(path))
        .singleElement()
        .satisfies(m -> assertThat(m).startsWith("alert " + AlertingStack.ALERT + " resolved at "));
    assertThat(incidents()).hasSize(1);
  }

  @Test
  void refusesTheApiWithoutATokenAndAlertsFromAViewer() {
    assertThat(api.get("api/v1/incidents", null).statusCode()).isEqualTo(401);
    HttpResponse<String> viewer =
        api.post("webhooks/alertmanager", "{}", Map.of("Authorization", "Bearer " + VIEWER));
    assertThat(viewer.statusCode()).as(viewer.body()).isIn(401, 403);
  }

  @Test
  void recordsADeploySignedWithTheWebhookSecretAndRefusesATamperedOne() {
    String body =
        """
        {"service": "fixture_exporter", "version": "2.4.1", "author": "alice", \
        "description": "bump the gauge"}\
        """;
    HttpResponse<String> forged =
        api.post(
            "webhooks/deploy",
            body.replace("2.4.1", "6.6.6"),
            Map.of("X-Nightshift-Signature", AgentApi.signature(body, SECRET)));
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);

    HttpResponse<String> signed =
        api.post(
            "webhooks/deploy",
            body,
            Map.of("X-Nightshift-Signature", AgentApi.signature(body, SECRET)));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    assertThat(signed.body()).contains("\"recorded\":1");

    assertThat(list(api.json("api/v1/changes", VIEWER)))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.path("service").asText()).isEqualTo("fixture_exporter");
          assertThat(c.path("version").asText()).isEqualTo("2.4.1");
          assertThat(c.path("author").asText()).isEqualTo("alice");
          assertThat(c.path("source").asText()).isEqualTo("webhook");
        });
    assertThat(audit("change.recorded"))
        .singleElement()
        .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("webhook:signed"));
  }

  private List<JsonNode> incidents() {
    return list(api.json("api/v1/incidents?state=all", VIEWER));
  }

  private List<String> resolutions(String incident) {
    return list(api.json(incident, VIEWER).path("timeline")).stream()
        .filter(e -> e.path("type").asText().equals("signal_attached"))
        .map(e -> e.path("message").asText())
        .filter(m -> m.contains(" resolved at "))
        .toList();
  }

  private List<JsonNode> audit(String kind) {
    return list(api.json("api/v1/audit?limit=1000", VIEWER)).stream()
        .filter(e -> e.path("kind").asText().equals(kind))
        .toList();
  }

  // Read from the store once the agent has stopped: what it wrote last.
  private List<String> auditKinds() {
    try (SqliteStore store = SqliteStore.open(storeUrl())) {
      return store.stores().audit().entries().stream()
          .map(AuditEntry::record)
          .map(AuditRecord::kind)
          .toList();
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  // Fails early, with the log, if Alertmanager or the agent stops on the way.
  private void await(String what, BooleanSupplier condition) {
    stack.await(
        what,
        SIGNAL,
        () -> {
          if (!agent.isAlive()) {
            throw new IllegalStateException("the agent exited:\n" + agent.logTail(60));
          }
          return condition.getAsBoolean();
        });
  }

  private static String storeUrl() {
    return "jdbc:sqlite:" + dir.resolve("nightshift.db");
  }

  // The smallest configuration `run` serves: one SLA that only alerts open, one node, no
  // telemetry, a policy that only observes, the API with an operator's and a viewer's token.
  private static Path config(int exporterPort) throws IOException {
    Path config = Files.createDirectories(dir.resolve("config"));
    Files.writeString(
        config.resolve("nightshift.yaml"),
        """
        agent:
          name: alertmanager-it
        store:
          url: %s
        http:
          bind: 127.0.0.1
          port: 0
          tokens:
            - {name: alertmanager, role: operator, token_env: NS_AM_TOKEN}
            - {name: reader, role: viewer, token_env: NS_VIEW_TOKEN}
          webhook_secret_env: NS_WEBHOOK_SECRET
        """
            .formatted(storeUrl()));
    Files.writeString(
        config.resolve("dependency_tree.yaml"),
        """
        metrics:
          %s:
            description: "Entity data freshness, known only from Alertmanager"
            sla:
              threshold: 60s
            alerts: [%s]
            depends_on:
              - node: fixture_exporter
                type: external
                description: "The gauge Prometheus scrapes"
                healthcheck: {method: tcp_connect, host: 127.0.0.1, port: %d}
        """
            .formatted(SLA, AlertingStack.ALERT, exporterPort));
    Files.writeString(
        config.resolve("policy.yaml"),
        """
        phase: {critical: observe, high: observe, medium: observe, low: observe}
        """);
    return config;
  }
}
