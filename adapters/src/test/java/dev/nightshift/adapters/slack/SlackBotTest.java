package dev.nightshift.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.SampleReports;
import dev.nightshift.core.notify.SendResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackBotTest {

  private static final String TOKEN = "xoxb-1234-5678-s3cr3tT0ken";
  private static final IncidentReport REPORT = SampleReports.resolved();

  private final SlackServer slack = new SlackServer();
  private final Channel bot =
      Slack.bot("ops", Endpoint.of(slack.url("/api"), Duration.ofSeconds(2)), TOKEN, "C0123456");

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void postsTheBlocksToChatPostMessageWithTheBotToken() {
    slack.answer(200, "{\"ok\":true,\"ts\":\"1795230725.000100\",\"channel\":\"C0123456\"}");

    SendResult result = send(Optional.empty());

    assertThat(result).isEqualTo(new SendResult.Sent(Optional.of("1795230725.000100")));
    SlackServer.Request request = slack.lastRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/chat.postMessage");
    assertThat(request.headers()).containsEntry("authorization", "Bearer " + TOKEN);
    assertThat(request.headers().get("content-type")).startsWith("application/json");
    JsonNode body = request.json();
    assertThat(body.path("channel").asText()).isEqualTo("C0123456");
    assertThat(body.path("text").asText()).startsWith(REPORT.title());
    assertThat(body.path("blocks").get(0).path("type").asText()).isEqualTo("header");
    assertThat(body.has("thread_ts")).isFalse();
  }

  @Test
  void postsALaterNoticeInTheThreadOfTheFirstAndKeepsItsReference() {
    slack.answer(200, "{\"ok\":true,\"ts\":\"1795230790.000200\",\"channel\":\"C0123456\"}");

    SendResult result = send(Optional.of("1795230725.000100"));

    assertThat(result).isEqualTo(new SendResult.Sent(Optional.of("1795230725.000100")));
    JsonNode body = slack.lastRequest().json();
    assertThat(body.path("thread_ts").asText()).isEqualTo("1795230725.000100");
    assertThat(body.path("reply_broadcast").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_auth", "channel_not_found", "not_in_channel"})
  void aRefusedTokenOrChannelIsNotRetried(String error) {
    slack.answer(200, "{\"ok\":false,\"error\":\"" + error + "\"}");

    SendResult.Failed failed = (SendResult.Failed) send(Optional.empty());

    assertThat(failed.retryable()).isFalse();
    assertThat(failed.reason()).contains(error).contains("'ops'").doesNotContain(TOKEN);
  }

  @Test
  void slacksOwnTroubleIsRetried() {
    slack.answer(200, "{\"ok\":false,\"error\":\"internal_error\"}");

    SendResult.Failed failed = (SendResult.Failed) send(Optional.empty());

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).contains("internal_error");
  }

  @Test
  void retriesAfterWhatAnHttp429SaysToWait() {
    slack.answer(429, "", Map.of("Retry-After", "30"));

    SendResult.Failed failed = (SendResult.Failed) send(Optional.empty());

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(failed.reason()).contains("rate-limited");
  }

  @Test
  void aRatelimitedErrorIsRetriedAfterItsRetryAfter() {
    slack.answer(200, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "7"));

    SendResult.Failed failed = (SendResult.Failed) send(Optional.empty());

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void aSlackThatDoesNotAnswerIsARetryableTimeoutWithoutTheToken() {
    Channel impatient =
        Slack.bot("ops", Endpoint.of(slack.url("/api"), Duration.ofMillis(300)), TOKEN, "C0123456");
    slack.hang();

    SendResult.Failed failed =
        (SendResult.Failed)
            impatient.send(
                SampleNotices.closed(REPORT, IncidentState.RESOLVED), REPORT, Optional.empty());

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).contains("did not answer within").doesNotContain(TOKEN);
  }

  @Test
  void neverShowsTheTokenInItsDescription() {
    assertThat(bot.toString()).doesNotContain(TOKEN).contains("ops");
  }

  private SendResult send(Optional<String> reference) {
    return bot.send(SampleNotices.closed(REPORT, IncidentState.RESOLVED), REPORT, reference);
  }
}
