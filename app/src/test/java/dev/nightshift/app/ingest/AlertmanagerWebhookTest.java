package dev.nightshift.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.pipeline.AlertState;
import dev.nightshift.core.pipeline.ExternalAlert;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Alertmanager's webhook against the example configuration: firing alerts reach the agent once per
 * firing, resolutions once, and alerts about nothing configured come back as ignored, with why.
 */
class AlertmanagerWebhookTest {

  private static final String PATH = "/webhooks/alertmanager";
  private static final Instant NOW = Instant.parse("2026-11-21T23:00:00Z");
  private static final DependencyTree TREE =
      new ConfigLoader(name -> Optional.empty())
          .load(Path.of("../examples/freshness-pipeline"))
          .config()
          .orElseThrow()
          .tree();

  private final Stores stores = MemoryStores.create();
  private final List<ExternalAlert> raised = new CopyOnWriteArrayList<>();
  private final List<String> resolved = new CopyOnWriteArrayList<>();
  private final WebhookServer server =
      new WebhookServer(
          Map.of(
              PATH,
              new AlertmanagerWebhook(
                  WebhookServer.AUTH,
                  TREE,
                  raised::add,
                  (alert, at) -> resolved.add(alert.name().orElseThrow() + " at " + at),
                  stores.alerts(),
                  stores.audit(),
                  Clock.fixed(NOW, ZoneOffset.UTC))));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void raisesTheDocumentedPayloadsAlertsBySlaAndByNodeAndIgnoresTheThird() {
    HttpResponse<String> response = server.postWithToken(PATH, fixture().toString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"accepted\":2,\"duplicates\":0,\"ignored\":[{\"alert\":\"DiskFull\","
                + "\"fingerprint\":\"0f0e0d0c0b0a0908\",\"status\":\"firing\",\"reason\":"
                + "\"alertname \\\"DiskFull\\\" is in no SLA's alerts or gatus_check\"}]}");
    assertThat(raised)
        .containsExactly(
            new ExternalAlert(
                "alertmanager",
                Optional.of("NightshiftFreshnessStale"),
                Optional.of(new SlaId("entity_data_freshness")),
                Optional.empty(),
                "NightshiftFreshnessStale: entity data is 95s old"),
            new ExternalAlert(
                "alertmanager",
                Optional.of("RedisTooManyClients"),
                Optional.empty(),
                Optional.of(new NodeId("redis_instance")),
                "RedisTooManyClients: redis_connected_clients is 291"));
    assertThat(stores.alerts().find("5ef77f1f8a3ecfa8"))
        .contains(
            new AlertState(
                "5ef77f1f8a3ecfa8",
                Instant.parse("2026-11-21T22:59:30.123456789Z"),
                Optional.empty()));
  }

  @Test
  void auditsEachRaisedAlertAndEachIgnoredOneWithItsReason() {
    server.postWithToken(PATH, fixture().toString());

    assertThat(stores.audit().entries())
        .extracting(e -> e.record().kind())
        .containsExactly("webhook.alert_raised", "webhook.alert_raised", "webhook.alert_ignored");
    assertThat(stores.audit().entries())
        .extracting(e -> e.record())
        .filteredOn(r -> r.kind().equals("webhook.alert_ignored"))
        .singleElement()
        .isEqualTo(
            new AuditRecord(
                NOW,
                "webhook:alertmanager",
                "webhook.alert_ignored",
                "alert DiskFull (0f0e0d0c0b0a0908)",
                "ignored: alertname \"DiskFull\" is in no SLA's alerts or gatus_check"));
  }

  @Test
  void routesAnAlertByAnSlasGatusCheckName() {
    server.postWithToken(
        PATH, payload(alert("firing", "Data Latency / Redis Freshness Primary", "f1")).toString());

    assertThat(raised)
        .singleElement()
        .satisfies(a -> assertThat(a.name()).contains("Data Latency / Redis Freshness Primary"));
  }

  @Test
  void ignoresUnknownSlaAndNodeLabelsSayingWhichLabelMissed() throws IOException {
    ObjectNode alert = alert("firing", "Stale", "f2");
    ((ObjectNode) alert.get("labels")).put("sla", "orders").put("node", "websocket_ingestion2");

    HttpResponse<String> response = server.postWithToken(PATH, payload(alert).toString());

    assertThat(raised).isEmpty();
    assertThat(Replies.MAPPER.readTree(response.body()).at("/ignored/0/reason").asText())
        .isEqualTo(
            "label sla=\"orders\" names no configured SLA; label node=\"websocket_ingestion2\""
                + " names no node of the dependency tree; alertname \"Stale\" is in no SLA's"
                + " alerts or gatus_check");
  }

  @Test
  void doesNotRaiseARepeatOfTheSameFiringButDoesRaiseANewOne() {
    String body = fixture().toString();
    server.postWithToken(PATH, body);

    HttpResponse<String> repeat = server.postWithToken(PATH, body);
    ObjectNode refired = fixture();
    ((ObjectNode) refired.get("alerts").get(0)).put("startsAt", "2026-11-21T23:10:00Z");
    HttpResponse<String> again = server.postWithToken(PATH, refired.toString());

    assertThat(repeat.body()).startsWith("{\"accepted\":0,\"duplicates\":2,");
    assertThat(again.body()).startsWith("{\"accepted\":1,\"duplicates\":1,");
    assertThat(raised)
        .extracting(a -> a.name().orElseThrow())
        .containsExactly(
            "NightshiftFreshnessStale", "RedisTooManyClients", "NightshiftFreshnessStale");
  }

  @Test
  void passesOnAResolutionOnceWithItsEndTime() {
    server.postWithToken(PATH, fixture().toString());
    ObjectNode resolution = fixture();
    ObjectNode first = (ObjectNode) resolution.get("alerts").get(0);
    first.put("status", "resolved").put("endsAt", "2026-11-21T23:04:00Z");

    server.postWithToken(PATH, resolution.toString());
    HttpResponse<String> repeat = server.postWithToken(PATH, resolution.toString());

    assertThat(resolved).containsExactly("NightshiftFreshnessStale at 2026-11-21T23:04:00Z");
    assertThat(repeat.body()).startsWith("{\"accepted\":0,\"duplicates\":2,");
    assertThat(stores.alerts().find("5ef77f1f8a3ecfa8").orElseThrow().resolvedAt())
        .contains(Instant.parse("2026-11-21T23:04:00Z"));
  }

  @Test
  void refusesAnotherPayloadVersionNamingTheField() {
    ObjectNode v3 = fixture().put("version", "3");

    assertRejected(
        v3.toString(), "version is '3'; only Alertmanager's webhook payload version 4 is known");
  }

  @Test
  void refusesAnAlertWithoutAFingerprintNamingWhichAlert() {
    ObjectNode body = fixture();
    ((ObjectNode) body.get("alerts").get(1)).remove("fingerprint");

    assertRejected(body.toString(), "alerts[1].fingerprint is missing");
  }

  @Test
  void refusesAnUnparsableStartTime() {
    ObjectNode body = fixture();
    ((ObjectNode) body.get("alerts").get(0)).put("startsAt", "soon");

    assertRejected(body.toString(), "alerts[0].startsAt is not an ISO-8601 time: 'soon'");
  }

  @Test
  void refusesMalformedJson() {
    HttpResponse<String> response = server.postWithToken(PATH, "{\"version\": \"4\",");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"error\":\"the body is not JSON: ");
    assertThat(raised).isEmpty();
  }

  private void assertRejected(String body, String error) {
    HttpResponse<String> response = server.postWithToken(PATH, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(Replies.object().put("error", error).toString());
    assertThat(raised).isEmpty();
    assertThat(stores.alerts().find("5ef77f1f8a3ecfa8")).isEmpty();
  }

  /** The documented version 4 payload: two alerts Nightshift knows, one it does not. */
  static ObjectNode fixture() {
    try (InputStream in =
        AlertmanagerWebhookTest.class.getResourceAsStream("/ingest/alertmanager-v4.json")) {
      return (ObjectNode) Replies.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode payload(JsonNode alert) {
    ObjectNode body = fixture();
    body.putArray("alerts").add(alert);
    return body;
  }

  private static ObjectNode alert(String status, String name, String fingerprint) {
    ObjectNode alert = Replies.object().put("status", status);
    alert.putObject("labels").put("alertname", name);
    alert.putObject("annotations");
    return alert
        .put("startsAt", "2026-11-21T22:59:00Z")
        .put("endsAt", "0001-01-01T00:00:00Z")
        .put("generatorURL", "")
        .put("fingerprint", fingerprint);
  }
}
