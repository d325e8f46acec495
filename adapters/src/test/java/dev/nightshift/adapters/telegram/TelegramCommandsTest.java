package dev.nightshift.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.ChatRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramCommandsTest {

  private static final String KEY = "incident-14/attempt-1/step-0";

  private final BotApiServer server = new BotApiServer();
  private final Telegram telegram =
      Telegram.connect(
          Endpoint.of(server.url(), Duration.ofSeconds(5)), BotApiServer.TOKEN, Clock.systemUTC());
  private final RecordingCommands handler = new RecordingCommands();
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();
  private final TelegramCommands commands =
      telegram.commands(handler, Duration.ofSeconds(1), pauses::add);

  @AfterEach
  void close() {
    commands.close();
    telegram.close();
    server.close();
  }

  @Test
  void aSlashCommandNamingTheBotReachesChatCommandsWithoutEither() {
    server.message(-100, "group", 42, "alice", "/status@NightshiftBot");
    handler.answer("2 open incidents <sev1 & sev2>", false);

    assertThat(commands.pollOnce()).isEmpty();

    assertThat(handler.requests())
        .containsExactly(new ChatRequest("telegram", "-100", "42", "@alice", "status"));
    JsonNode reply = server.last("sendMessage");
    assertThat(reply.path("chat_id").asLong()).isEqualTo(-100);
    assertThat(reply.path("text").asText()).isEqualTo("2 open incidents &lt;sev1 &amp; sev2&gt;");
  }

  @Test
  void keepsTheArgumentsOfACommandAndNamesAUserWithoutUsernameByFirstName() {
    server.message(-100, "group", 43, "", "/approve@NightshiftBot 12");

    commands.pollOnce();

    assertThat(handler.requests())
        .containsExactly(new ChatRequest("telegram", "-100", "43", "Alice", "approve 12"));
  }

  @Test
  void takesPlainTextInAPrivateChatButIgnoresGroupChatter() {
    server.message(-100, "group", 42, "alice", "lunch anyone?");
    server.message(42, "private", 42, "alice", "incidents");

    commands.pollOnce();

    assertThat(handler.requests()).extracting(ChatRequest::text).containsExactly("incidents");
    assertThat(server.calls("sendMessage")).hasSize(1);
  }

  @Test
  void aMessageMentioningTheBotInAGroupIsACommand() {
    server.message(-100, "supergroup", 42, "alice", "@NightshiftBot  approve 12 ");

    commands.pollOnce();

    assertThat(handler.requests()).extracting(ChatRequest::text).containsExactly("approve 12");
  }

  @Test
  void aPollAnswerWithoutAListOfUpdatesCountsAsAFailure() {
    server.script("getUpdates", 200, "{\"ok\":true,\"result\":{\"update_id\":1}}");

    assertThat(commands.pollOnce()).contains(Duration.ofSeconds(1));
    assertThat(commands.problem()).hasValueSatisfying(p -> assertThat(p).contains("list"));
    assertThat(handler.requests()).isEmpty();
  }

  @Test
  void aButtonPressBecomesAnApprovalThatIsAnsweredAndLosesItsButtons() {
    server.press(-100, 42, "alice", 77, "approve:" + KEY);
    handler.answer("approved " + KEY, false);

    commands.pollOnce();

    assertThat(handler.requests())
        .containsExactly(new ChatRequest("telegram", "-100", "42", "@alice", "approve " + KEY));
    JsonNode answered = server.last("answerCallbackQuery");
    assertThat(answered.path("callback_query_id").asText()).startsWith("cb-");
    assertThat(answered.path("text").asText()).isEqualTo("approved " + KEY);
    assertThat(server.last("sendMessage").path("text").asText()).isEqualTo("approved " + KEY);
    JsonNode edited = server.last("editMessageReplyMarkup");
    assertThat(edited.path("chat_id").asLong()).isEqualTo(-100);
    assertThat(edited.path("message_id").asLong()).isEqualTo(77);
    assertThat(edited.path("reply_markup").path("inline_keyboard")).isEmpty();
  }

  @Test
  void aRefusedPressKeepsTheButtonsForSomeoneAllowed() {
    server.press(-100, 99, "mallory", 77, "deny:" + KEY);
    handler.answer("you are not allowed to decide approvals", true);

    commands.pollOnce();

    assertThat(handler.requests()).extracting(ChatRequest::text).containsExactly("deny " + KEY);
    assertThat(server.last("answerCallbackQuery").path("show_alert").asBoolean()).isTrue();
    assertThat(server.calls("editMessageReplyMarkup")).isEmpty();
  }

  @Test
  void neverHandlesAnUpdateTwiceAcrossPolls() {
    server.message(42, "private", 42, "alice", "status");
    long second = server.message(42, "private", 42, "alice", "incidents");
    commands.pollOnce();
    server.message(42, "private", 42, "alice", "approvals");

    commands.pollOnce();
    commands.pollOnce(); // nothing new: a long poll that times out

    assertThat(handler.requests())
        .extracting(ChatRequest::text)
        .containsExactly("status", "incidents", "approvals");
    List<BotApiServer.Call> polls = server.calls("getUpdates");
    assertThat(polls.get(0).body().has("offset")).isFalse();
    assertThat(polls.get(1).body().path("offset").asLong()).isEqualTo(second + 1);
    assertThat(polls.get(1).body().path("timeout").asInt()).isEqualTo(1);
  }

  @Test
  void closingConfirmsTheLastHandledUpdatesSoARestartDoesNotRunThemAgain() {
    long id = server.message(42, "private", 42, "alice", "status");
    commands.pollOnce();

    commands.close();

    JsonNode confirm = server.last("getUpdates");
    assertThat(confirm.path("offset").asLong()).isEqualTo(id + 1);
    assertThat(confirm.path("timeout").asInt()).isZero();
  }

  @Test
  void backsOffWhileThePollFailsAndStartsOverOnceItWorks() {
    for (int i = 0; i < 3; i++) {
      server.script("getUpdates", 502, "Bad Gateway");
    }

    assertThat(commands.pollOnce()).contains(Duration.ofSeconds(1));
    assertThat(commands.pollOnce()).contains(Duration.ofSeconds(2));
    assertThat(commands.pollOnce()).contains(Duration.ofSeconds(4));
    assertThat(commands.problem()).hasValueSatisfying(p -> assertThat(p).contains("502"));
    server.message(42, "private", 42, "alice", "status");
    assertThat(commands.pollOnce()).isEmpty();
    assertThat(commands.problem()).isEmpty();
    assertThat(handler.requests()).hasSize(1);

    server.script("getUpdates", 502, "Bad Gateway");
    assertThat(commands.pollOnce()).contains(Duration.ofSeconds(1));
  }

  @Test
  void neverWaitsLongerThanThirtySecondsUnlessTelegramAsks() {
    for (int i = 0; i < 7; i++) {
      server.script("getUpdates", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"x\"}");
    }
    server.script(
        "getUpdates",
        429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\","
            + "\"parameters\":{\"retry_after\":45}}");

    Optional<Duration> wait = Optional.empty();
    for (int i = 0; i < 7; i++) {
      wait = commands.pollOnce();
    }
    assertThat(wait).contains(Duration.ofSeconds(30));
    assertThat(commands.pollOnce()).contains(Duration.ofSeconds(45));
  }

  @Test
  void theLoopBacksOffAndRecoversOnItsOwn() {
    server.script("getUpdates", 502, "Bad Gateway");
    server.script("getUpdates", 502, "Bad Gateway");
    server.message(-100, "group", 42, "alice", "/status");

    commands.start();

    handler.awaitRequests(1, Duration.ofSeconds(10));
    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(handler.requests().getFirst().text()).isEqualTo("status");
  }

  @Test
  void closingStopsAPendingLongPollPromptly() {
    TelegramCommands slow = telegram.commands(handler, Duration.ofSeconds(20), pauses::add);
    slow.start();
    server.awaitCalls("getUpdates", 1, Duration.ofSeconds(10));

    slow.close();

    assertThat(slow.running()).isFalse();
  }
}
