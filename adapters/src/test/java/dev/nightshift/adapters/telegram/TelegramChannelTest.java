package dev.nightshift.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.SampleReports;
import dev.nightshift.core.notify.SendResult;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramChannelTest {

  private static final Clock CLOCK =
      Clock.fixed(SampleReports.OPENED.plusSeconds(7265), ZoneOffset.UTC);

  private final BotApiServer server = new BotApiServer();
  private Telegram telegram = connect(server.url(), Duration.ofSeconds(5));

  @AfterEach
  void close() {
    telegram.close();
    server.close();
  }

  @Test
  void sendsAResolvedReportAsHtmlToTheChat() {
    IncidentReport report = SampleReports.resolved();
    Channel channel = telegram.channel("oncall", "-1001234567890");

    SendResult result = channel.send(Notices.closed(report), report, Optional.empty());

    assertThat(result).isEqualTo(new SendResult.Sent(Optional.of("1")));
    JsonNode sent = server.last("sendMessage");
    assertThat(sent.path("chat_id").asLong()).isEqualTo(-1001234567890L);
    assertThat(sent.path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(sent.path("text").asText())
        .isEqualTo(ReportMessage.render(Notices.closed(report), report, CLOCK.instant()))
        .startsWith("✅ <b>Resolved</b>")
        .contains("Entity data in Redis is fresh (&lt; 60s old)");
    assertThat(sent.has("reply_markup")).isFalse();
    assertThat(channel.name()).isEqualTo("oncall");
  }

  @Test
  void offersApproveAndDenyButtonsForAnApproval() {
    IncidentReport report = SampleReports.awaitingApproval();

    SendResult result =
        telegram.channel("oncall", "42").send(Notices.approval(report), report, Optional.empty());

    assertThat(result).isInstanceOf(SendResult.Sent.class);
    JsonNode row = server.last("sendMessage").path("reply_markup").path("inline_keyboard").get(0);
    assertThat(row).hasSize(2);
    assertThat(row.get(0).path("text").asText()).contains("Approve");
    assertThat(row.get(0).path("callback_data").asText())
        .isEqualTo("approve:incident-14/attempt-1/step-0");
    assertThat(row.get(1).path("text").asText()).contains("Deny");
    assertThat(row.get(1).path("callback_data").asText())
        .isEqualTo("deny:incident-14/attempt-1/step-0");
  }

  @Test
  void namesTheIncidentInsteadOfAKeyTooLongForCallbackData() {
    IncidentReport report = SampleReports.awaitingApproval();
    IdempotencyKey longKey = new IdempotencyKey("incident-14/" + "attempt-1/".repeat(6) + "step-0");

    telegram
        .channel("oncall", "42")
        .send(Notices.approval(report, longKey), report, Optional.empty());

    JsonNode row = server.last("sendMessage").path("reply_markup").path("inline_keyboard").get(0);
    assertThat(row.get(0).path("callback_data").asText()).isEqualTo("approve:14");
    assertThat(row.get(1).path("callback_data").asText()).isEqualTo("deny:14");
  }

  @Test
  void repliesToTheIncidentsEarlierMessage() {
    IncidentReport report = SampleReports.resolved();

    telegram.channel("oncall", "42").send(Notices.closed(report), report, Optional.of("77"));

    JsonNode reply = server.last("sendMessage").path("reply_parameters");
    assertThat(reply.path("message_id").asLong()).isEqualTo(77);
    assertThat(reply.path("allow_sending_without_reply").asBoolean()).isTrue();
  }

  @Test
  void truncatesAMessageOverTelegramsLimitInsteadOfLosingIt() {
    IncidentReport base = SampleReports.resolved();
    IncidentReport report =
        new IncidentReport(
            base.incident(),
            base.sla(),
            base.slaDescription(),
            base.severity(),
            base.outcome(),
            base.title(),
            base.summary(),
            base.trigger(),
            base.openedAt(),
            base.closedAt(),
            base.impact(),
            java.util.stream.IntStream.range(0, 400)
                .mapToObj(i ->
                    new IncidentReport.Entry(base.openedAt(), "node_checked", "check <" + i + ">"))
                .toList(),
            base.path(),
            base.rootCause(),
            base.diagnosis(),
            base.knownError(),
            base.changes(),
            base.actions(),
            base.slaBefore(),
            base.slaAfter(),
            base.nextSteps(),
            base.links(),
            Optional.empty());

    SendResult result =
        telegram.channel("oncall", "42").send(Notices.closed(report), report, Optional.empty());

    assertThat(result).isInstanceOf(SendResult.Sent.class);
    String text = server.last("sendMessage").path("text").asText();
    assertThat(text.length()).isLessThanOrEqualTo(4096);
    assertThat(text)
        .contains(base.title())
        .contains("killed 212 clients")
        .containsPattern("… \\d+ more");
  }

  @Test
  void waitsAsTelegramAsksWhenRateLimited() {
    server.script(
        "sendMessage",
        429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
            + "\"parameters\":{\"retry_after\":7}}");

    SendResult result = send();

    assertThat(result).isInstanceOf(SendResult.Failed.class);
    SendResult.Failed failed = (SendResult.Failed) result;
    assertThat(failed.retryable()).isTrue();
    assertThat(failed.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(failed.reason()).contains("Too Many Requests");
  }

  @Test
  void aRejectedTokenIsNotRetryableAndTheReasonNeverShowsIt() {
    server.script(
        "sendMessage",
        401,
        "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized: "
            + BotApiServer.TOKEN
            + "\"}");

    SendResult.Failed failed = (SendResult.Failed) send();

    assertThat(failed.retryable()).isFalse();
    assertThat(failed.retryAfter()).isEmpty();
    assertThat(failed.reason())
        .contains("401")
        .contains("Unauthorized")
        .contains("check the bot token");
    assertThat(failed.reason()).doesNotContain(BotApiServer.TOKEN).doesNotContain("AAE-test");
  }

  @Test
  void aChatTelegramDoesNotKnowIsNotRetryable() {
    server.script(
        "sendMessage",
        400,
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");

    SendResult.Failed failed = (SendResult.Failed) send();

    assertThat(failed.retryable()).isFalse();
    assertThat(failed.reason()).contains("Bad Request: chat not found");
  }

  @Test
  void aServerErrorIsRetryable() {
    server.script("sendMessage", 502, "<html>Bad Gateway</html>");

    SendResult.Failed failed = (SendResult.Failed) send();

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).contains("502");
  }

  @Test
  void aTelegramThatDoesNotAnswerTimesOutRetryably() {
    telegram.close();
    telegram = connect(server.url(), Duration.ofMillis(300));
    server.hang();

    SendResult.Failed failed = (SendResult.Failed) send();

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).contains("did not answer sendMessage within 300ms");
  }

  @Test
  void anUnreachableTelegramIsRetryableAndTheReasonNeverShowsTheToken() {
    telegram.close();
    telegram = connect(URI.create("http://127.0.0.1:" + FreePort.next()), Duration.ofSeconds(2));

    SendResult.Failed failed = (SendResult.Failed) send();

    assertThat(failed.retryable()).isTrue();
    assertThat(failed.reason()).doesNotContain(BotApiServer.TOKEN);
  }

  @Test
  void refusesATokenOfTheWrongShapeWithoutShowingIt() {
    Endpoint endpoint = Endpoint.of(server.url(), Duration.ofSeconds(1));
    assertThatThrownBy(() -> Telegram.connect(endpoint, "not a token/../x", CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("not a token");
    assertThat(telegram.toString()).doesNotContain(BotApiServer.TOKEN).contains("Telegram at");
  }

  private SendResult send() {
    IncidentReport report = SampleReports.resolved();
    return telegram.channel("oncall", "42").send(Notices.closed(report), report, Optional.empty());
  }

  private static Telegram connect(URI url, Duration timeout) {
    return Telegram.connect(Endpoint.of(url, timeout), BotApiServer.TOKEN, CLOCK);
  }
}
