package dev.nightshift.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.SampleReports;
import dev.nightshift.core.notify.SendResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackWebhookTest {

  private static final String MARK = "XXXXsecretXXXX";
  private static final String SECRET_PATH = "/services/T000/B000/" + MARK;
  private static final IncidentReport REPORT = SampleReports.awaitingApproval();

  private final SlackServer slack = new SlackServer();
  private final Channel webhook =
      Slack.webhook("ops", Endpoint.of(slack.url(SECRET_PATH), Duration.ofSeconds(2)));

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void postsTheMessageAsJsonToTheWebhook() {
    slack.answer(200, "ok");

    SendResult result = send();

    assertThat(result).isEqualTo(new SendResult.Sent(Optional.empty()));
    SlackServer.Request request = slack.lastRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(SECRET_PATH);
    assertThat(request.headers().get("content-type")).startsWith("application/json");
    assertThat(request.headers()).doesNotContainKey("authorization");
    assertThat(request.json().path("text").asText()).startsWith(REPORT.title());
    assertThat(request.json().path("blocks").toString()).contains("\"action_id\":\"approve\"");
  }

  @Test
  void aRevokedWebhookIsNotRetriedAndItsUrlIsNotShown() {
    slack.answer(404, "no_service");

    SendResult.Failed failed = (SendResult.Failed) send();

    assertThat(failed.retryable()).isFalse();
    assertThat(failed.reason()).contains("no_service").contains("'ops'").doesNotContain(MARK);
  }

  @Test
  void aServerErrorIsRetried() {
    slack.answer(500, "rollup_error");

    assertThat(((SendResult.Failed) send()).retryable()).isTrue();
  }

  @Test
  void retriesAfterWhatAnHttp429SaysToWait() {
    slack.answer(429, "", Map.of("Retry-After", "12"));

    SendResult.Failed failed = (SendResult.Failed) send();

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(12));
  }

  @Test
  void aWebhookThatDoesNotAnswerIsARetryableTimeoutWithoutItsUrl() {
    Channel impatient =
        Slack.webhook("ops", Endpoint.of(slack.url(SECRET_PATH), Duration.ofMillis(300)));
    slack.hang();

    SendResult.Failed failed =
        (SendResult.Failed)
            impatient.send(SampleNotices.approvalRequested(REPORT), REPORT, Optional.empty());

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).contains("did not answer within").doesNotContain(MARK);
  }

  @Test
  void aWebhookNobodyListensOnIsRetryableAndItsUrlIsNotShown() {
    SlackServer gone = new SlackServer();
    Channel orphan =
        Slack.webhook("ops", Endpoint.of(gone.url(SECRET_PATH), Duration.ofSeconds(2)));
    gone.close();

    SendResult.Failed failed =
        (SendResult.Failed)
            orphan.send(SampleNotices.approvalRequested(REPORT), REPORT, Optional.empty());

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).doesNotContain(MARK);
  }

  @Test
  void neverShowsTheUrlInItsDescription() {
    assertThat(webhook.toString()).doesNotContain(MARK).doesNotContain("127.0.0.1");
  }

  private SendResult send() {
    return webhook.send(SampleNotices.approvalRequested(REPORT), REPORT, Optional.empty());
  }
}
