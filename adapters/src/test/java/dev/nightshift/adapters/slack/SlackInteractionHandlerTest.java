package dev.nightshift.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.SampleReports;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackInteractionHandlerTest {

  private static final String SECRET = "signing-secret-for-tests";
  private static final Instant NOW = Instant.parse("2026-11-21T05:13:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecordingChatCommands commands = new RecordingChatCommands();
  private final SlackServer responseUrl = new SlackServer();
  // Runs the deferred work when the test says so: the 200 provably comes before the command.
  private final BlockingQueue<Runnable> deferred = new LinkedBlockingQueue<>();
  private final SignedRequests slack =
      new SignedRequests(
          Slack.interactionHandler(
              SECRET,
              commands,
              Clock.fixed(NOW, ZoneOffset.UTC),
              deferred::add,
              Duration.ofSeconds(2)));

  @AfterEach
  void stop() {
    slack.close();
    responseUrl.close();
  }

  @Test
  void approvePressReachesChatCommandsAndReplacesTheButtonsWithTheDecision() throws Exception {
    commands.reply(new ChatReply("approved incident-14/attempt-1/step-0", false));

    HttpResponse<String> response = slack.signed(SECRET, NOW.getEpochSecond(), press("approve"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(commands.requests()).isEmpty();
    runDeferred();
    assertThat(commands.requests())
        .containsExactly(
            new ChatRequest(
                "slack",
                "C0123456",
                "U2CERLKJA",
                "@alice",
                "approve incident-14/attempt-1/step-0"));
    SlackServer.Request answer = responseUrl.lastRequest();
    assertThat(answer.path()).isEqualTo("/actions/T0001/42/abc");
    JsonNode body = answer.json();
    assertThat(body.path("replace_original").asBoolean()).isTrue();
    assertThat(body.path("text").asText())
        .contains("<@U2CERLKJA> pressed *Approve*")
        .contains("approved incident-14/attempt-1/step-0");
    assertThat(body.path("blocks").toString())
        .doesNotContain("\"type\":\"actions\"")
        .contains("\"type\":\"header\"");
  }

  @Test
  void denyPressAsksChatCommandsToDeny() throws InterruptedException {
    slack.signed(SECRET, NOW.getEpochSecond(), press("deny"));

    runDeferred();
    assertThat(commands.requests().getFirst().text())
        .isEqualTo("deny incident-14/attempt-1/step-0");
  }

  @Test
  void aRefusedPressIsShownOnlyToThePresserAndKeepsTheButtons() throws InterruptedException {
    commands.reply(new ChatReply("you may not approve", true));

    slack.signed(SECRET, NOW.getEpochSecond(), press("approve"));

    runDeferred();
    JsonNode body = responseUrl.lastRequest().json();
    assertThat(body.path("replace_original").asBoolean()).isFalse();
    assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
  }

  @Test
  void anUnsignedPressIsRefusedWithoutAskingChatCommands() {
    HttpResponse<String> response = slack.unsigned(press("approve"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(commands.requests()).isEmpty();
    assertThat(deferred).isEmpty();
  }

  @Test
  void aPayloadThatIsNotJsonIsRefusedWithoutAskingChatCommands() {
    HttpResponse<String> response = slack.signed(SECRET, NOW.getEpochSecond(), "payload=%7Bnope");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not JSON");
    assertThat(deferred).isEmpty();
  }

  @Test
  void aResponseUrlThatDoesNotAnswerIsGivenUpAfterTheTimeout() {
    responseUrl.hang();
    ResponseUrl poster = new ResponseUrl(Duration.ofMillis(300));

    Optional<String> failure =
        poster.post(responseUrl.url("/actions/T0001/42/abc"), JSON.createObjectNode());

    assertThat(failure)
        .hasValueSatisfying(reason ->
            assertThat(reason).contains("did not answer within").doesNotContain("/actions/"));
  }

  private void runDeferred() throws InterruptedException {
    Runnable task = deferred.poll(10, TimeUnit.SECONDS);
    assertThat(task).as("the work deferred after the 200").isNotNull();
    task.run();
  }

  private String press(String decision) {
    IncidentReport report = SampleReports.awaitingApproval();
    ObjectNode message = SlackMessage.render(SampleNotices.approvalRequested(report), report);
    ObjectNode payload = JSON.createObjectNode().put("type", "block_actions");
    payload.putObject("user").put("id", "U2CERLKJA").put("username", "alice").put("name", "alice");
    payload.putObject("channel").put("id", "C0123456").put("name", "ops");
    payload.put("response_url", responseUrl.url("/actions/T0001/42/abc").toString());
    payload.set("message", message);
    payload
        .putArray("actions")
        .addObject()
        .put("type", "button")
        .put("block_id", Blocks.APPROVAL_BLOCK)
        .put("action_id", decision)
        .put("value", SampleNotices.KEY.value());
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }
}
