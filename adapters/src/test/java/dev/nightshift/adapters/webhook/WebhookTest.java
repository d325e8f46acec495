package dev.nightshift.adapters.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.Golden;
import dev.nightshift.adapters.testing.LocalApi;
import dev.nightshift.adapters.testing.LocalApi.Answer;
import dev.nightshift.adapters.testing.SampleNotices;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.SampleReports;
import dev.nightshift.core.notify.SendResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookTest {

  private static final String SECRET = "s3cret-webhook-key";

  private static Channel channel(LocalApi api, Optional<String> secret) {
    URI url = URI.create(api.url() + "/hooks/nightshift");
    return Webhook.channel("receiver", Endpoint.of(url, Duration.ofSeconds(5)), secret);
  }

  // The receiver's side, written independently of the channel's own signing.
  private static String hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void postsASignedDocumentTheReceiverCanVerify() throws Exception {
    try (LocalApi api = LocalApi.start(Answer.of(204, ""))) {
      IncidentReport report = SampleReports.resolved();
      SendResult result =
          channel(api, Optional.of(SECRET))
              .send(SampleNotices.closed(report), report, Optional.empty());

      assertThat(result).isEqualTo(new SendResult.Sent(Optional.empty()));
      LocalApi.Received got = api.last();
      assertThat(got.method()).isEqualTo("POST");
      assertThat(got.path()).isEqualTo("/hooks/nightshift");
      assertThat(got.header("x-nightshift-signature")).isEqualTo(hmac(got.body()));
      assertThat(got.header("x-nightshift-event")).isEqualTo("resolved");
      assertThat(UUID.fromString(got.header("x-nightshift-delivery"))).isNotNull();
      JsonNode doc = new ObjectMapper().readTree(got.body());
      assertThat(doc.path("version").asInt()).isEqualTo(1);
      assertThat(doc.path("kind").asText()).isEqualTo("resolved");
      assertThat(doc.path("incident").asLong()).isEqualTo(12);
      assertThat(doc.at("/report/knownError").asText()).startsWith("ke-001");
      assertThat(doc.at("/report/path/1/logLines/0").asText())
          .isEqualTo("03:11:58 ERR max number of clients reached");
    }
  }

  @Test
  void eachDeliveryHasItsOwnIdAndNoSignatureWithoutASecret() {
    try (LocalApi api = LocalApi.start(Answer.of(200, "ok"))) {
      IncidentReport report = SampleReports.awaitingApproval();
      Channel channel = channel(api, Optional.empty());
      channel.send(SampleNotices.approval(report), report, Optional.empty());
      channel.send(SampleNotices.approval(report), report, Optional.empty());

      assertThat(api.received())
          .allSatisfy(r -> {
            assertThat(r.header("x-nightshift-signature")).isNull();
            assertThat(r.header("x-nightshift-event")).isEqualTo("approval");
          });
      assertThat(api.received().get(0).header("x-nightshift-delivery"))
          .isNotEqualTo(api.received().get(1).header("x-nightshift-delivery"));
    }
  }

  @Test
  void aClientErrorIsFinalButThrottlingAndServerErrorsAreRetried() {
    try (LocalApi api =
        LocalApi.start(
            Answer.of(410, "gone"),
            new Answer(429, "slow down", Map.of("Retry-After", "7")),
            Answer.of(408, ""),
            Answer.of(502, "bad gateway"))) {
      IncidentReport report = SampleReports.escalated();
      Channel channel = channel(api, Optional.of(SECRET));
      SendResult gone = channel.send(SampleNotices.closed(report), report, Optional.empty());
      SendResult throttled = channel.send(SampleNotices.closed(report), report, Optional.empty());
      SendResult timeout = channel.send(SampleNotices.closed(report), report, Optional.empty());
      SendResult failed = channel.send(SampleNotices.closed(report), report, Optional.empty());

      assertThat(gone)
          .isInstanceOfSatisfying(
              SendResult.Failed.class,
              f -> {
                assertThat(f.retryable()).isFalse();
                assertThat(f.reason()).contains("410").doesNotContain(SECRET);
              });
      assertThat(throttled)
          .isInstanceOfSatisfying(
              SendResult.Failed.class,
              f -> {
                assertThat(f.retryable()).isTrue();
                assertThat(f.retryAfter()).contains(Duration.ofSeconds(7));
              });
      assertThat(timeout)
          .isInstanceOfSatisfying(
              SendResult.Failed.class,
              f -> {
                assertThat(f.retryable()).isTrue();
                assertThat(f.reason()).contains("408");
              });
      assertThat(failed)
          .isInstanceOfSatisfying(SendResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
    }
  }

  @Test
  void rendersTheSampleReportsAsInTheGoldenFiles() {
    Map.of(
            "resolved", SampleReports.resolved(),
            "escalated", SampleReports.escalated(),
            "awaiting-approval", SampleReports.awaitingApproval(),
            "escalated-rejected-hypothesis", SampleReports.escalatedAfterRejectedHypothesis())
        .forEach((name, report) ->
            Golden.check(
                "webhook",
                name + ".json",
                WebhookDocument.render(SampleNotices.natural(report), report) + "\n"));
  }
}
