package dev.nightshift.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackCommandHandlerTest {

  private static final String SECRET = "signing-secret-for-tests";
  private static final Instant NOW = Instant.parse("2026-11-21T03:15:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecordingChatCommands commands = new RecordingChatCommands();
  private final SignedRequests slack =
      new SignedRequests(Slack.commandHandler(SECRET, commands, Clock.fixed(NOW, ZoneOffset.UTC)));

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void aSlashCommandReachesChatCommandsWithItsUserChannelAndText() throws Exception {
    commands.reply(new ChatReply("approved incident-12/attempt-1/step-0 <by @alice>", false));

    HttpResponse<String> response =
        slack.signed(SECRET, NOW.getEpochSecond(), command("approve 12"));

    assertThat(commands.requests())
        .containsExactly(new ChatRequest("slack", "C0123456", "U2CERLKJA", "@alice", "approve 12"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(body.path("text").asText())
        .isEqualTo("approved incident-12/attempt-1/step-0 &lt;by @alice&gt;");
  }

  @Test
  void aRefusalIsShownOnlyToWhoeverTypedIt() throws Exception {
    commands.reply(new ChatReply("you may not approve", true));

    HttpResponse<String> response =
        slack.signed(SECRET, NOW.getEpochSecond(), command("approve 12"));

    assertThat(JSON.readTree(response.body()).path("response_type").asText())
        .isEqualTo("ephemeral");
  }

  @Test
  void anUnsignedRequestIsRefusedWithoutAskingChatCommands() {
    HttpResponse<String> response = slack.unsigned(command("approve 12"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(commands.requests()).isEmpty();
  }

  @Test
  void aRequestSignedWithAnotherSecretIsRefused() {
    HttpResponse<String> response =
        slack.signed("not-the-secret", NOW.getEpochSecond(), command("kill_switch on"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain(SECRET);
    assertThat(commands.requests()).isEmpty();
  }

  @Test
  void aReplayedRequestIsRefused() {
    HttpResponse<String> response =
        slack.signed(SECRET, NOW.minusSeconds(600).getEpochSecond(), command("approve 12"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(commands.requests()).isEmpty();
  }

  private static String command(String text) {
    return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&channel_id=C0123456&channel_name=ops"
        + "&user_id=U2CERLKJA&user_name=alice&command=%2Fnightshift&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678";
  }
}
