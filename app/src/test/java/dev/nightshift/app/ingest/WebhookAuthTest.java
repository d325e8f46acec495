package dev.nightshift.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may post to a webhook: a known bearer token, or a body signed with the webhook secret. */
class WebhookAuthTest {

  private static final String PATH = "/webhooks/deploy";
  private static final String BODY = "{\"service\":\"consumer\",\"version\":\"2.4.1\"}";
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
  void acceptsAConfiguredBearerTokenAndAuditsItsName() {
    HttpResponse<String> response =
        server.post(PATH, BODY, Map.of("Authorization", "Bearer another-token"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(stores.audit().entries().getLast().record().actor()).isEqualTo("webhook:ci");
  }

  @Test
  void refusesAWrongBearerTokenWithAnAuthenticateChallenge() {
    HttpResponse<String> response =
        server.post(PATH, BODY, Map.of("Authorization", "Bearer " + WebhookServer.TOKEN + "x"));

    assertUnauthorised(response, "{\"error\":\"the bearer token is not one Nightshift knows\"}");
  }

  @Test
  void acceptsABodySignedWithTheWebhookSecretInEitherHexCase() {
    HttpResponse<String> response =
        server.post(
            PATH,
            BODY,
            Map.of(
                WebhookAuth.SIGNATURE_HEADER,
                "sha256=" + WebhookServer.signature(BODY).substring(7).toUpperCase(Locale.ROOT)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(stores.audit().entries().getLast().record().actor()).isEqualTo("webhook:signed");
  }

  @Test
  void refusesABodyChangedAfterItWasSigned() {
    String tampered = BODY.replace("2.4.1", "2.4.2");

    HttpResponse<String> response =
        server.post(
            PATH, tampered, Map.of(WebhookAuth.SIGNATURE_HEADER, WebhookServer.signature(BODY)));

    assertUnauthorised(
        response,
        "{\"error\":\"the X-Nightshift-Signature does not match the body and the webhook"
            + " secret\"}");
  }

  @Test
  void refusesARequestWithNeitherTokenNorSignature() {
    HttpResponse<String> response = server.post(PATH, BODY, Map.of());

    assertUnauthorised(
        response,
        "{\"error\":\"a webhook needs a bearer token or an X-Nightshift-Signature header\"}");
  }

  @Test
  void refusesABodyOverOneMebibyte() {
    String huge = "[" + " ".repeat(WebhookAuth.MAX_BODY_BYTES) + "]";

    HttpResponse<String> response = server.postWithToken(PATH, huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"error\":\"the body is larger than 1 MiB\"}");
  }

  private void assertUnauthorised(HttpResponse<String> response, String body) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(response.body()).isEqualTo(body);
    assertThat(stores.changes().between(Instant.EPOCH, NOW.plusSeconds(1))).isEmpty();
  }
}
