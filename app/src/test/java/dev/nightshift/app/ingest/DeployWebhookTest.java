package dev.nightshift.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.ChangeEvents;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deploys posted by CI become change events with source "webhook", each audited. */
class DeployWebhookTest {

  private static final String PATH = "/webhooks/deploy";
  private static final Instant NOW = Instant.parse("2026-11-21T23:00:00Z");

  private final Stores stores = MemoryStores.create();
  private final WebhookServer server =
      new WebhookServer(
          Map.of(
              PATH,
              new DeployWebhook(
                  WebhookServer.AUTH,
                  stores.changes(),
                  stores.audit(),
                  Clock.fixed(NOW, ZoneOffset.UTC))));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void recordsADeployWithEveryFieldAndAuditsIt() {
    HttpResponse<String> response =
        server.postWithToken(
            PATH,
            """
            {"service": "kafka_to_redis_consumer", "version": "2.4.1",
             "at": "2026-11-21T22:55:00Z", "author": "alice", "description": "bump lettuce"}
            """);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"recorded\":1}");
    assertThat(changes())
        .containsExactly(
            new ChangeEvent(
                "kafka_to_redis_consumer",
                "2.4.1",
                Instant.parse("2026-11-21T22:55:00Z"),
                Optional.of("alice"),
                Optional.of("bump lettuce"),
                "webhook"));
    assertThat(stores.audit().entries().getLast().record())
        .isEqualTo(
            new AuditRecord(
                NOW,
                "webhook:alertmanager",
                "change.recorded",
                "service kafka_to_redis_consumer",
                "kafka_to_redis_consumer 2.4.1 deployed at 2026-11-21T22:55:00Z by alice: bump"
                    + " lettuce"));
  }

  @Test
  void recordsAListOfDeploysTheUndatedOnesAsOfNow() {
    HttpResponse<String> response =
        server.postWithToken(
            PATH,
            """
            [{"service": "redis", "version": "7.2.4"},
             {"service": "consumer", "version": "abc123", "at": "2026-11-21T23:30:00+01:00"}]
            """);

    assertThat(response.body()).isEqualTo("{\"recorded\":2}");
    assertThat(changes())
        .extracting(ChangeEvent::service, ChangeEvent::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("consumer", Instant.parse("2026-11-21T22:30:00Z")),
            org.assertj.core.groups.Tuple.tuple("redis", NOW));
    assertThat(stores.audit().entries()).hasSize(2);
  }

  @Test
  void refusesAListWithAnEntryMissingItsVersionAndRecordsNone() {
    assertRejected(
        "[{\"service\": \"redis\", \"version\": \"7\"}, {\"service\": \"consumer\"}]",
        "[1].version is missing");
  }

  @Test
  void refusesABlankService() {
    assertRejected("{\"service\": \" \", \"version\": \"7\"}", "service is blank");
  }

  @Test
  void refusesATimeThatIsNotIso() {
    assertRejected(
        "{\"service\": \"redis\", \"version\": \"7\", \"at\": \"yesterday\"}",
        "at is not an ISO-8601 time: 'yesterday'");
  }

  @Test
  void refusesAVersionThatIsNotAString() {
    assertRejected(
        "{\"service\": \"redis\", \"version\": 7}", "version should be a string, not NUMBER");
  }

  @Test
  void refusesABodyThatIsNotJson() {
    HttpResponse<String> response = server.postWithToken(PATH, "service=redis");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"error\":\"the body is not JSON: ");
  }

  @Test
  void answers503WhenTheStoreFailsSoTheSenderRetries() {
    ChangeEvents broken =
        new ChangeEvents() {
          @Override
          public void record(ChangeEvent event) {
            throw new IllegalStateException("store nightshift.db: disk I/O error");
          }

          @Override
          public List<ChangeEvent> between(Instant from, Instant to) {
            return List.of();
          }
        };
    try (WebhookServer failing =
        new WebhookServer(
            Map.of(
                PATH,
                new DeployWebhook(
                    WebhookServer.AUTH,
                    broken,
                    stores.audit(),
                    Clock.fixed(NOW, ZoneOffset.UTC))))) {
      HttpResponse<String> response =
          failing.postWithToken(PATH, "{\"service\": \"redis\", \"version\": \"7\"}");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body())
          .isEqualTo(
              "{\"error\":\"Nightshift could not record the deploys: store nightshift.db: disk"
                  + " I/O error\"}");
    }
  }

  private void assertRejected(String body, String error) {
    HttpResponse<String> response = server.postWithToken(PATH, body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"error\":\"" + error + "\"}");
    assertThat(changes()).isEmpty();
    assertThat(stores.audit().entries()).isEmpty();
  }

  private List<ChangeEvent> changes() {
    return stores.changes().between(Instant.EPOCH, NOW.plusSeconds(1));
  }
}
