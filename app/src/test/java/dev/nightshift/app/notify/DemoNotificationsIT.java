package dev.nightshift.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.adapters.testing.LocalApi;
import dev.nightshift.adapters.testing.LocalApi.Answer;
import dev.nightshift.adapters.testing.LocalApi.Received;
import dev.nightshift.core.notify.Delivery;
import dev.nightshift.core.policy.Approval;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's "done when", end to end: {@code nightshift demo}, configured with one notifier of
 * every type, delivers its reports to each (local stand-ins for Telegram, Slack, PagerDuty, GitHub
 * and a webhook receiver), and a failing receiver neither holds up the others nor loses a notice.
 */
class DemoNotificationsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TELEGRAM_TOKEN = "123456789:AAtelegram-secret-token";
  private static final String SLACK_TOKEN = "xoxb-slack-secret-token";
  private static final String ROUTING_KEY = "pagerduty-secret-routing-key";
  private static final String GITHUB_TOKEN = "ghp_github-secret-token";
  private static final String HMAC_SECRET = "webhook-secret-hmac";
  private static final Map<String, String> ENV =
      Map.of(
          "NS_IT_TELEGRAM_TOKEN", TELEGRAM_TOKEN,
          "NS_IT_SLACK_TOKEN", SLACK_TOKEN,
          "NS_IT_PAGERDUTY_KEY", ROUTING_KEY,
          "NS_IT_GITHUB_TOKEN", GITHUB_TOKEN,
          "NS_IT_WEBHOOK_SECRET", HMAC_SECRET);
  private static final String CHAT = "-1001234567890";
  private static final String SLACK_CHANNEL = "C0123456789";
  private static final String THREAD = "1700000000.000100";
  private static final List<String> WORKING =
      List.of("telegram", "slack", "pagerduty", "github", "webhook");

  @TempDir Path dir;

  @Test
  void everyConfiguredChannelGetsTheDemosReportsAndAFailingReceiverCatchesUpOnRetry()
      throws Exception {
    try (LocalApi telegram =
            LocalApi.start(Answer.of(200, "{\"ok\":true,\"result\":{\"message_id\":101}}"));
        LocalApi slack =
            LocalApi.start(
                Answer.of(
                    200,
                    "{\"ok\":true,\"channel\":\""
                        + SLACK_CHANNEL
                        + "\",\"ts\":\""
                        + THREAD
                        + "\"}"));
        LocalApi pagerduty = LocalApi.start(Answer.of(202, "{\"status\":\"success\"}"));
        LocalApi github = LocalApi.start(Answer.of(201, "{\"number\":7}"));
        LocalApi webhook =
            LocalApi.start(Answer.of(500, "down"), Answer.of(500, "down"), Answer.of(200, ""));
        LocalApi gone = LocalApi.start(Answer.of(410, "gone"))) {
      String store = "jdbc:sqlite:" + dir.resolve("demo.db");
      Path scenario =
          DemoRun.scenario(dir, notifiers(telegram, slack, pagerduty, github, webhook, gone));

      DemoRun.Result demo = DemoRun.run(scenario, store, ENV, Duration.ofMinutes(3));

      assertThat(demo.exit()).as(demo.output()).isZero();
      // Delivery runs during the demo, so whether anything is left for the drain at the end
      // ("delivering N pending notices") depends on timing; that nothing is left is what counts.
      assertThat(demo.output()).doesNotContain("not delivered yet").doesNotContain(ENV.values());
      try (SqliteStore sqlite = SqliteStore.openExisting(store)) {
        Outcome outcome = Outcome.read(sqlite.stores(), docs(webhook.received()));
        checkWebhook(webhook.received(), outcome);
        // The bot also long-polls for commands (getUpdates); the notices are the sendMessages.
        checkTelegram(
            telegram.received().stream().filter(r -> r.path().endsWith("/sendMessage")).toList(),
            outcome);
        checkSlack(slack.received(), outcome);
        checkPagerDuty(pagerduty.received(), outcome);
        checkGitHub(github.received(), outcome);
        checkGivenUp(gone.received(), outcome, demo.output());
      }
    }
  }

  private static String notifiers(LocalApi... apis) {
    return """
    notifiers:
      - type: telegram
        chat_id: "%s"
        bot_token_env: NS_IT_TELEGRAM_TOKEN
        api_url: %s
      - type: slack
        bot_token_env: NS_IT_SLACK_TOKEN
        channel: %s
        api_url: %s
      - type: pagerduty
        routing_key_env: NS_IT_PAGERDUTY_KEY
        api_url: %s
      - type: github
        repository: acme/freshness
        token_env: NS_IT_GITHUB_TOKEN
        api_url: %s
      - type: webhook
        url: %s/nightshift
        hmac_secret_env: NS_IT_WEBHOOK_SECRET
      - type: webhook
        name: gone
        url: %s/hook
    """
        .formatted(
            CHAT,
            apis[0].url(),
            SLACK_CHANNEL,
            apis[1].url(),
            apis[2].url(),
            apis[3].url(),
            apis[4].url(),
            apis[5].url());
  }

  /** Webhook receivers get every notice with its report: what the other channels are held to. */
  private static void checkWebhook(List<Received> received, Outcome outcome) throws Exception {
    assertThat(received)
        .allSatisfy(r -> assertThat(r.header("X-Nightshift-Signature")).isEqualTo(hmac(r.body())));
    List<String> sent = received.stream().map(DemoNotificationsIT::notice).toList();
    // The first two answers were 500s: what they refused came again and was then accepted.
    assertThat(sent.subList(2, sent.size())).contains(sent.get(0), sent.get(1));
    assertThat(sent.subList(2, sent.size()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            outcome.of("webhook").stream().map(d -> d.incident() + "/" + d.kind()).toList());
    // Whether one notice met both 500s or two notices one each depends on when the worker ran.
    assertThat(outcome.of("webhook").stream().mapToInt(d -> d.attempts() - 1).sum()).isEqualTo(2);
    assertThat(outcome.of("webhook"))
        .filteredOn(d -> d.attempts() > 1)
        .isNotEmpty()
        .allSatisfy(
            d -> assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).contains("500")));
    assertThat(sent).extracting(n -> n.split("/")[1]).contains("approval", "resolved", "escalated");
  }

  private static void checkTelegram(List<Received> received, Outcome outcome) {
    assertThat(received)
        .hasSameSizeAs(outcome.of("telegram"))
        .allSatisfy(r -> {
          assertThat(r.path()).isEqualTo("/bot" + TELEGRAM_TOKEN + "/sendMessage");
          assertThat(json(r).path("chat_id").asText()).isEqualTo(CHAT);
          assertThat(json(r).path("parse_mode").asText()).isEqualTo("HTML");
        });
    List<String> texts = received.stream().map(r -> json(r).path("text").asText()).toList();
    for (long id : outcome.resolved()) {
      String title = html(title(outcome.report(id, "resolved")));
      assertThat(texts).anySatisfy(t -> assertThat(t).contains("<b>" + title + "</b>"));
    }
    Approval approval = outcome.approval();
    assertThat(received)
        .map(DemoNotificationsIT::json)
        .filteredOn(m -> m.has("reply_markup"))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.path("text").asText())
              .contains(html(title(outcome.report(approval.incident(), "approval"))));
          assertThat(m.at("/reply_markup/inline_keyboard/0").findValuesAsText("callback_data"))
              .containsExactly("approve:" + approval.key(), "deny:" + approval.key());
        });
  }

  /** Sent in the order of the outbox (nothing failed), so the n-th request is the n-th delivery. */
  private static void checkSlack(List<Received> received, Outcome outcome) {
    List<Delivery> deliveries = outcome.of("slack");
    assertThat(received).hasSameSizeAs(deliveries);
    for (int i = 0; i < received.size(); i++) {
      Received r = received.get(i);
      Delivery d = deliveries.get(i);
      JsonNode message = json(r);
      assertThat(r.path()).isEqualTo("/chat.postMessage");
      assertThat(r.header("Authorization")).isEqualTo("Bearer " + SLACK_TOKEN);
      assertThat(message.path("channel").asText()).isEqualTo(SLACK_CHANNEL);
      assertThat(message.at("/blocks/0/type").asText()).isEqualTo("header");
      assertThat(message.at("/blocks/0/text/text").asText())
          .contains(title(outcome.report(d.incident().value(), d.kind())));
      boolean later =
          deliveries.subList(0, i).stream().anyMatch(e -> e.incident().equals(d.incident()));
      assertThat(message.path("thread_ts").asText(null))
          .as("thread of %s", d)
          .isEqualTo(later ? THREAD : null);
    }
    assertThat(received).anySatisfy(r -> assertThat(json(r).has("thread_ts")).isTrue());
  }

  private static void checkPagerDuty(List<Received> received, Outcome outcome) {
    List<JsonNode> events = received.stream().map(DemoNotificationsIT::json).toList();
    assertThat(received).allSatisfy(r -> assertThat(r.path()).isEqualTo("/v2/enqueue"));
    assertThat(events)
        .allSatisfy(e -> assertThat(e.path("routing_key").asText()).isEqualTo(ROUTING_KEY));
    assertThat(outcome.escalated()).isNotEmpty();
    for (long id : outcome.escalated()) {
      String title = title(outcome.report(id, "escalated"));
      assertThat(events)
          .anySatisfy(e -> {
            assertThat(e.path("event_action").asText()).isEqualTo("trigger");
            assertThat(e.path("dedup_key").asText()).isEqualTo("nightshift-incident-" + id);
            assertThat(e.at("/payload/summary").asText()).startsWith(title);
          });
    }
  }

  private static void checkGitHub(List<Received> received, Outcome outcome) {
    assertThat(received)
        .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + GITHUB_TOKEN));
    List<JsonNode> issues =
        received.stream()
            .filter(
                r -> r.method().equals("POST") && r.path().equals("/repos/acme/freshness/issues"))
            .map(DemoNotificationsIT::json)
            .toList();
    assertThat(issues).hasSameSizeAs(outcome.escalated());
    for (long id : outcome.escalated()) {
      JsonNode report = outcome.report(id, "escalated");
      String rootCause = report.path("rootCause").asText().replace("_", "\\_");
      assertThat(issues)
          .anySatisfy(issue -> {
            assertThat(issue.path("title").asText()).isEqualTo(report.path("title").asText());
            assertThat(issue.path("body").asText())
                .startsWith("## ")
                .contains("| **Root cause** | " + rootCause + " |", "### Path walked");
            assertThat(issue.path("labels")).contains(TextNode.valueOf("nightshift"));
          });
    }
  }

  /** A receiver that refuses for good is given up at once, said so, and blocks no other channel. */
  private static void checkGivenUp(List<Received> received, Outcome outcome, String output) {
    assertThat(outcome.of("gone"))
        .hasSameSizeAs(received)
        .allSatisfy(d -> {
          assertThat(d.state()).isEqualTo(Delivery.State.FAILED);
          assertThat(output)
              .contains(
                  "nightshift: not delivered to gone (the %s notice of incident %s): "
                      .formatted(d.kind(), d.incident()));
        });
    for (String channel : WORKING) {
      assertThat(outcome.of(channel))
          .as(channel)
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d.state()).isEqualTo(Delivery.State.DELIVERED));
    }
  }

  private static Map<String, JsonNode> docs(List<Received> webhook) {
    return webhook.stream()
        .map(DemoNotificationsIT::json)
        .collect(
            Collectors.toMap(
                d -> d.path("incident").asLong() + "/" + d.path("kind").asText(),
                d -> d.path("report"),
                (a, b) -> b));
  }

  private static String notice(Received r) {
    JsonNode doc = json(r);
    return doc.path("incident").asLong() + "/" + doc.path("kind").asText();
  }

  private static JsonNode json(Received r) {
    try {
      return JSON.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  private static String hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // A report's title up to "(open for …)", which says when each channel's copy was written: the
  // worker sends while the demo runs, so two channels may write an open incident's at different
  // moments.
  private static String title(JsonNode report) {
    return report.path("title").asText().replaceFirst(" \\(open for [^)]*\\)$", "");
  }
}
