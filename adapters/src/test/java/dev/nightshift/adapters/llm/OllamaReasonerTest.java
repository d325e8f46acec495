package dev.nightshift.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.llm.LlmServer.Reply;
import dev.nightshift.adapters.llm.OllamaWire.Call;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Usage;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaReasonerTest {

  private final LlmServer server = new LlmServer();
  private final FakeToolbox tools = new FakeToolbox();

  @AfterEach
  void stop() {
    server.close();
  }

  private Reasoner reasoner(Optional<String> key) {
    return Llm.reasoner(
        new Llm.Settings(
            "ollama", "qwen2.5:14b", Optional.of(server.url("")), key, Duration.ofSeconds(10)));
  }

  private void scriptInvestigation() {
    server
        .then(
            OllamaWire.toolCalls(
                700, 30, new Call("log_query", OpenAiWire.args("node", "orders-consumer"))))
        .then(
            OllamaWire.toolCalls(
                850,
                25,
                new Call(
                    "metric_query",
                    OpenAiWire.args("query", "kafka_consumergroup_lag{group=\"orders\"}"))))
        .then(
            OllamaWire.toolCalls(
                1000, 150, new Call("submit_hypothesis", Submissions.restartConsumer())));
  }

  @Test
  void investigatesWithTwoToolsThenSubmitsAHypothesisWithUsageSummed() {
    scriptInvestigation();

    Answer answer = reasoner(Optional.empty()).investigate(Investigations.sample(), tools);

    assertThat(answer)
        .isEqualTo(
            new Answer.Hypothesized(
                Submissions.restartConsumerHypothesis(), new Usage(3, 2550, 205)));
    assertThat(tools.calls())
        .containsExactly(
            new FakeToolbox.Call("log_query", Map.of("node", "orders-consumer")),
            new FakeToolbox.Call(
                "metric_query", Map.of("query", "kafka_consumergroup_lag{group=\"orders\"}")));
  }

  @Test
  void postsToApiChatWithTheModelTheToolsAndNoStreaming() {
    scriptInvestigation();

    reasoner(Optional.empty()).investigate(Investigations.sample(), tools);

    assertThat(server.requests()).hasSize(3);
    for (LlmServer.Request request : server.requests()) {
      assertThat(request.path()).isEqualTo("/api/chat");
      assertThat(request.headers()).doesNotContainKey("authorization");
      JsonNode json = request.json();
      assertThat(json.path("model").asText()).isEqualTo("qwen2.5:14b");
      assertThat(json.path("stream").asBoolean(true)).isFalse();
      assertThat(OpenAiReasonerTest.names(json.path("tools"), "function"))
          .containsExactly("node_health", "metric_query", "log_query", "submit_hypothesis");
    }
  }

  @Test
  void carriesToolResultsBackAsToolMessages() {
    scriptInvestigation();

    reasoner(Optional.empty()).investigate(Investigations.sample(), tools);

    JsonNode messages = server.requests().get(2).json().path("messages");
    assertThat(OpenAiReasonerTest.roles(messages))
        .containsExactly("system", "user", "assistant", "tool", "assistant", "tool");
    assertThat(messages.get(2).path("tool_calls").get(0).path("function").path("name").asText())
        .isEqualTo("log_query");
    assertThat(messages.get(3).path("content").asText()).isEqualTo(FakeToolbox.LOGS);
    assertThat(messages.get(5).path("content").asText()).isEqualTo(FakeToolbox.METRICS);
  }

  @Test
  void sendsAConfiguredKeyAsABearerTokenForAProxy() {
    server.then(OllamaWire.toolCalls(10, 5, new Call("submit_hypothesis", Submissions.minimal())));

    reasoner(Optional.of("proxy-token-123")).investigate(Investigations.sample(), tools);

    assertThat(server.requests().getFirst().headers())
        .containsEntry("authorization", "Bearer proxy-token-123");
  }

  @Test
  void givesUpOnProseAfterOneReminder() {
    server
        .then(OllamaWire.text("Restart the consumer.", 300, 8))
        .then(OllamaWire.text("Restart it.", 350, 5));

    Answer answer = reasoner(Optional.empty()).investigate(Investigations.sample(), tools);

    assertThat(answer)
        .isEqualTo(
            new Answer.NoAnswer("the model answered in prose: Restart it.", new Usage(2, 650, 13)));
  }

  @Test
  void reportsAServerError() {
    server.then(Reply.status(500, "{\"error\":\"model runner has unexpectedly stopped\"}"));

    Answer answer = reasoner(Optional.empty()).investigate(Investigations.sample(), tools);

    assertThat(((Answer.NoAnswer) answer).reason())
        .isEqualTo("ollama/qwen2.5:14b had a server error (HTTP 500; a retry may help)");
  }
}
