package dev.nightshift.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.llm.AnthropicWire.Use;
import dev.nightshift.adapters.llm.LlmServer.Reply;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Usage;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicReasonerTest {

  private static final String KEY = "sk-ant-api03-test-abcdef";

  private final LlmServer server = new LlmServer();
  private final FakeToolbox tools = new FakeToolbox();

  @AfterEach
  void stop() {
    server.close();
  }

  private Reasoner reasoner() {
    return Llm.reasoner(
        new Llm.Settings(
            "anthropic",
            "claude-sonnet-4-5",
            Optional.of(server.url("/v1")),
            Optional.of(KEY),
            Duration.ofSeconds(10)));
  }

  private void scriptInvestigation() {
    server
        .then(
            AnthropicWire.toolUse(
                1200,
                80,
                "I'll start with the consumer's logs and its lag.",
                new Use("toolu_01", "log_query", OpenAiWire.args("node", "orders-consumer")),
                new Use(
                    "toolu_02",
                    "metric_query",
                    OpenAiWire.args("query", "kafka_consumergroup_lag{group=\"orders\"}"))))
        .then(
            AnthropicWire.toolUse(
                1500,
                60,
                "Is the broker healthy?",
                new Use("toolu_03", "node_health", OpenAiWire.args("node", "kafka"))))
        .then(
            AnthropicWire.toolUse(
                1700,
                200,
                "The evidence is clear.",
                new Use("toolu_04", "submit_hypothesis", Submissions.restartConsumer())));
  }

  @Test
  void investigatesWithThreeToolsThenSubmitsAHypothesisWithUsageSummed() {
    scriptInvestigation();

    Answer answer = reasoner().investigate(Investigations.sample(), tools);

    assertThat(answer)
        .isEqualTo(
            new Answer.Hypothesized(
                Submissions.restartConsumerHypothesis(), new Usage(3, 4400, 340)));
    assertThat(tools.calls())
        .extracting(FakeToolbox.Call::tool)
        .containsExactly("log_query", "metric_query", "node_health");
  }

  @Test
  void postsMessagesWithTheKeyTheVersionTheModelAndEveryTool() {
    scriptInvestigation();

    reasoner().investigate(Investigations.sample(), tools);

    assertThat(server.requests()).hasSize(3);
    for (LlmServer.Request request : server.requests()) {
      assertThat(request.path()).isEqualTo("/v1/messages");
      assertThat(request.headers())
          .containsEntry("x-api-key", KEY)
          .containsEntry("anthropic-version", "2023-06-01")
          .doesNotContainKey("authorization");
      JsonNode json = request.json();
      assertThat(json.path("model").asText()).isEqualTo("claude-sonnet-4-5");
      assertThat(json.path("max_tokens").asInt()).isEqualTo(AnthropicModels.MAX_TOKENS);
      assertThat(OpenAiReasonerTest.names(json.path("tools"), ""))
          .containsExactly("node_health", "metric_query", "log_query", "submit_hypothesis");
      assertThat(json.path("tools").get(3).path("input_schema").path("required"))
          .extracting(JsonNode::asText)
          .containsExactly("root_cause", "explanation", "evidence");
      assertThat(systemText(json)).isEqualTo(Prompts.SYSTEM);
    }
  }

  @Test
  void carriesToolResultsBackAsToolResultBlocksOfAUserMessage() {
    scriptInvestigation();

    reasoner().investigate(Investigations.sample(), tools);

    JsonNode messages = server.requests().get(1).json().path("messages");
    assertThat(OpenAiReasonerTest.roles(messages)).containsExactly("user", "assistant", "user");
    JsonNode uses = messages.get(1).path("content");
    assertThat(uses.get(1).path("type").asText()).isEqualTo("tool_use");
    assertThat(uses.get(1).path("id").asText()).isEqualTo("toolu_01");
    JsonNode results = messages.get(2).path("content");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).path("type").asText()).isEqualTo("tool_result");
    assertThat(results.get(0).path("tool_use_id").asText()).isEqualTo("toolu_01");
    assertThat(text(results.get(0).path("content"))).isEqualTo(FakeToolbox.LOGS);
    assertThat(results.get(1).path("tool_use_id").asText()).isEqualTo("toolu_02");
    assertThat(text(results.get(1).path("content"))).isEqualTo(FakeToolbox.METRICS);
  }

  @Test
  void endsWithoutAnAnswerWhenTheModelRefuses() {
    server.then(AnthropicWire.text("I can't help with this request.", "refusal", 900, 12));

    Answer answer = reasoner().investigate(Investigations.sample(), tools);

    assertThat(answer)
        .isEqualTo(
            new Answer.NoAnswer(
                "the model refused: I can't help with this request.", new Usage(1, 900, 12)));
  }

  @Test
  void answersAnIncompleteSubmissionWithAnErrorResult() {
    server
        .then(
            AnthropicWire.toolUse(
                900,
                50,
                "Done.",
                new Use("toolu_01", "submit_hypothesis", OpenAiWire.args("root_cause", "kafka"))))
        .then(
            AnthropicWire.toolUse(
                1000,
                60,
                "Fixed.",
                new Use("toolu_02", "submit_hypothesis", Submissions.minimal())));

    Answer answer = reasoner().investigate(Investigations.sample(), tools);

    assertThat(answer).isInstanceOf(Answer.Hypothesized.class);
    JsonNode result =
        server.requests().get(1).json().path("messages").get(2).path("content").get(0);
    assertThat(result.path("tool_use_id").asText()).isEqualTo("toolu_01");
    assertThat(text(result.path("content"))).startsWith("error: the hypothesis was not accepted");
  }

  @Test
  void reportsOverloadAndRateLimitAsRetryable() {
    server.then(
        Reply.status(
            429,
            "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of"
                + " request tokens has exceeded your per-minute rate limit\"}}"));

    Answer answer = reasoner().investigate(Investigations.sample(), tools);

    assertThat(((Answer.NoAnswer) answer).reason())
        .isEqualTo(
            "anthropic/claude-sonnet-4-5 is rate limiting requests (HTTP 429; a retry later may help)");
  }

  static String systemText(JsonNode request) {
    JsonNode system = request.path("system");
    return system.isArray() ? system.get(0).path("text").asText() : system.asText();
  }

  /** A tool_result's content: a string, or text blocks. */
  static String text(JsonNode content) {
    return content.isArray() ? content.get(0).path("text").asText() : content.asText();
  }
}
