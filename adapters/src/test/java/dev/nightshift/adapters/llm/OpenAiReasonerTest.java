package dev.nightshift.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.llm.OpenAiWire.Call;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiReasonerTest {

  private static final String KEY = "sk-test-0123456789abcdef";

  private final LlmServer server = new LlmServer();
  private final FakeToolbox tools = new FakeToolbox();

  @AfterEach
  void stop() {
    server.close();
  }

  private Reasoner reasoner() {
    return Llm.reasoner(
        new Llm.Settings(
            "openai",
            "gpt-4o-mini",
            Optional.of(server.url("/v1")),
            Optional.of(KEY),
            Duration.ofSeconds(10)));
  }

  private void scriptInvestigation() {
    server
        .then(
            OpenAiWire.toolCalls(
                900,
                40,
                Call.of(
                    "call_logs",
                    "log_query",
                    OpenAiWire.args("node", "orders-consumer", "minutes", "30"))))
        .then(
            OpenAiWire.toolCalls(
                1100,
                30,
                Call.of(
                    "call_lag",
                    "metric_query",
                    OpenAiWire.args("query", "kafka_consumergroup_lag{group=\"orders\"}"))))
        .then(
            OpenAiWire.toolCalls(
                1300,
                120,
                Call.of("call_submit", "submit_hypothesis", Submissions.restartConsumer())));
  }

  @Test
  void investigatesWithTwoToolsThenSubmitsAHypothesisWithUsageSummed() {
    scriptInvestigation();

    Answer answer = reasoner().investigate(Investigations.sample(), tools);

    assertThat(answer)
        .isEqualTo(
            new Answer.Hypothesized(
                Submissions.restartConsumerHypothesis(), new Usage(3, 3300, 190)));
    assertThat(tools.calls())
        .containsExactly(
            new FakeToolbox.Call("log_query", Map.of("node", "orders-consumer", "minutes", "30")),
            new FakeToolbox.Call(
                "metric_query", Map.of("query", "kafka_consumergroup_lag{group=\"orders\"}")));
  }

  @Test
  void postsChatCompletionsWithTheModelTheKeyAndEveryToolSpec() {
    scriptInvestigation();

    reasoner().investigate(Investigations.sample(), tools);

    assertThat(server.requests()).hasSize(3);
    for (LlmServer.Request request : server.requests()) {
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/v1/chat/completions");
      assertThat(request.headers()).containsEntry("authorization", "Bearer " + KEY);
      JsonNode json = request.json();
      assertThat(json.path("model").asText()).isEqualTo("gpt-4o-mini");
      assertThat(names(json.path("tools"), "function"))
          .containsExactly("node_health", "metric_query", "log_query", "submit_hypothesis");
    }
    JsonNode submit = server.requests().getFirst().json().path("tools").get(3).path("function");
    assertThat(submit.path("parameters").path("required"))
        .extracting(JsonNode::asText)
        .containsExactly("root_cause", "explanation", "evidence");
    JsonNode logQuery = server.requests().getFirst().json().path("tools").get(2).path("function");
    assertThat(logQuery.path("parameters").path("properties").path("minutes").path("type").asText())
        .isEqualTo("string");
    assertThat(logQuery.path("parameters").path("required"))
        .extracting(JsonNode::asText)
        .containsExactly("node");
  }

  @Test
  void carriesEachToolResultBackAsAToolMessageAnsweringItsCall() {
    scriptInvestigation();

    reasoner().investigate(Investigations.sample(), tools);

    JsonNode messages = server.requests().get(2).json().path("messages");
    assertThat(roles(messages))
        .containsExactly("system", "user", "assistant", "tool", "assistant", "tool");
    assertThat(messages.get(2).path("tool_calls").get(0).path("id").asText())
        .isEqualTo("call_logs");
    assertThat(messages.get(3).path("tool_call_id").asText()).isEqualTo("call_logs");
    assertThat(messages.get(3).path("content").asText()).isEqualTo(FakeToolbox.LOGS);
    assertThat(messages.get(5).path("tool_call_id").asText()).isEqualTo("call_lag");
    assertThat(messages.get(5).path("content").asText()).isEqualTo(FakeToolbox.METRICS);
    String user = messages.get(1).path("content").asText();
    assertThat(user).contains(Investigations.BRIEF).contains("- orders-consumer\n");
    assertThat(user).contains("- " + Investigations.CATALOG.getFirst());
  }

  @Test
  void sendsNoAuthorizationToAKeylessOpenAiCompatibleServer() {
    server.then(
        OpenAiWire.toolCalls(10, 5, Call.of("c1", "submit_hypothesis", Submissions.minimal())));
    Reasoner local =
        Llm.reasoner(
            new Llm.Settings(
                "openai",
                "qwen2.5-7b-instruct",
                Optional.of(server.url("/v1")),
                Optional.empty(),
                Duration.ofSeconds(10)));

    Answer answer = local.investigate(Investigations.sample(), tools);

    assertThat(answer).isInstanceOf(Answer.Hypothesized.class);
    assertThat(server.requests().getFirst().headers()).doesNotContainKey("authorization");
  }

  static List<String> names(JsonNode tools, String wrapper) {
    return StreamSupport.stream(tools.spliterator(), false)
        .map(t -> (wrapper.isEmpty() ? t : t.path(wrapper)).path("name").asText())
        .toList();
  }

  static List<String> roles(JsonNode messages) {
    return StreamSupport.stream(messages.spliterator(), false)
        .map(m -> m.path("role").asText())
        .toList();
  }
}
