package dev.nightshift.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.llm.LlmServer.Reply;
import dev.nightshift.adapters.llm.OpenAiWire.Call;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Reasoner;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tool loop's rules, over the OpenAI wire format: errors, refusals, prose, limits. */
class LlmConversationTest {

  private static final String KEY = "sk-test-secret-9876543210";

  private final LlmServer server = new LlmServer();
  private final FakeToolbox tools = new FakeToolbox();

  @AfterEach
  void stop() {
    server.close();
  }

  private Reasoner reasoner(URI url) {
    return Llm.reasoner(
        new Llm.Settings(
            "openai", "gpt-4o-mini", Optional.of(url), Optional.of(KEY), Duration.ofSeconds(10)));
  }

  private Answer investigate() {
    return reasoner(server.url("/v1")).investigate(Investigations.sample(), tools);
  }

  private JsonNode lastMessage(int request) {
    JsonNode messages = server.requests().get(request).json().path("messages");
    return messages.get(messages.size() - 1);
  }

  private static JsonNode submitMinimal(int in, int out) {
    return OpenAiWire.toolCalls(
        in, out, Call.of("c_submit", "submit_hypothesis", Submissions.minimal()));
  }

  @Test
  void answersArgumentsThatAreNotJsonWithAnErrorAndAcceptsTheCorrectedCall() {
    server
        .then(OpenAiWire.toolCalls(100, 10, new Call("c1", "log_query", "{node: orders-consumer")))
        .then(
            OpenAiWire.toolCalls(
                200, 10, Call.of("c2", "log_query", OpenAiWire.args("node", "orders-consumer"))))
        .then(submitMinimal(300, 50));

    Answer answer = investigate();

    assertThat(answer).isInstanceOf(Answer.Hypothesized.class);
    assertThat(answer.usage().calls()).isEqualTo(3);
    assertThat(tools.calls())
        .containsExactly(new FakeToolbox.Call("log_query", Map.of("node", "orders-consumer")));
    JsonNode error = lastMessage(1);
    assertThat(error.path("role").asText()).isEqualTo("tool");
    assertThat(error.path("tool_call_id").asText()).isEqualTo("c1");
    assertThat(error.path("content").asText())
        .startsWith("error: log_query was not run: the arguments are not valid JSON");
  }

  @Test
  void answersACallToAnUnknownToolWithTheToolsThereAre() {
    server
        .then(
            OpenAiWire.toolCalls(
                100, 10, Call.of("c1", "run_command", OpenAiWire.args("command", "ls"))))
        .then(submitMinimal(200, 20));

    Answer answer = investigate();

    assertThat(answer).isInstanceOf(Answer.Hypothesized.class);
    assertThat(tools.calls()).isEmpty();
    assertThat(lastMessage(1).path("content").asText())
        .isEqualTo(
            "error: there is no tool 'run_command'; the tools are log_query, metric_query,"
                + " node_health and submit_hypothesis");
  }

  @Test
  void passesArgumentsThatAreNotStringsAsTheirJsonText() {
    JsonNode args = OpenAiWire.args("node", "orders-consumer");
    ((com.fasterxml.jackson.databind.node.ObjectNode) args).put("minutes", 30);
    server
        .then(OpenAiWire.toolCalls(100, 10, Call.of("c1", "log_query", args)))
        .then(submitMinimal(200, 20));

    investigate();

    assertThat(tools.calls())
        .containsExactly(
            new FakeToolbox.Call("log_query", Map.of("node", "orders-consumer", "minutes", "30")));
  }

  @Test
  void namesEveryMissingFieldOfASubmissionAndAcceptsTheCorrectedOne() {
    server
        .then(
            OpenAiWire.toolCalls(
                100,
                10,
                Call.of("c1", "submit_hypothesis", OpenAiWire.args("root_cause", "kafka"))))
        .then(submitMinimal(200, 20));

    Answer answer = investigate();

    assertThat(answer).isInstanceOf(Answer.Hypothesized.class);
    assertThat(answer.usage().calls()).isEqualTo(2);
    assertThat(lastMessage(1).path("content").asText())
        .startsWith("error: the hypothesis was not accepted: ")
        .contains("explanation must be a non-empty string")
        .contains("evidence is required: an array of strings");
  }

  @Test
  void endsWithoutAnAnswerWhenTheModelRefuses() {
    server.then(OpenAiWire.refusal("I can't help with that."));

    Answer answer = investigate();

    assertThat(answer).isInstanceOf(Answer.NoAnswer.class);
    assertThat(((Answer.NoAnswer) answer).reason()).startsWith("the model refused");
  }

  @Test
  void remindsOnceToSubmitThenGivesUpOnProse() {
    String prose = "The consumer is probably stuck. ".repeat(10);
    server.then(OpenAiWire.text(prose, 100, 60)).then(OpenAiWire.text(prose, 200, 60));

    Answer answer = investigate();

    assertThat(answer)
        .isEqualTo(
            new Answer.NoAnswer(
                "the model answered in prose: " + prose.strip().substring(0, 200),
                new dev.nightshift.core.reasoning.Usage(2, 300, 120)));
    JsonNode reminder = lastMessage(1);
    assertThat(reminder.path("role").asText()).isEqualTo("user");
    assertThat(reminder.path("content").asText()).isEqualTo(Prompts.REMINDER);
  }

  @Test
  void acceptsASubmissionThatFollowsTheReminder() {
    server.then(OpenAiWire.text("It is the consumer.", 100, 10)).then(submitMinimal(150, 40));

    Answer answer = investigate();

    assertThat(answer).isInstanceOf(Answer.Hypothesized.class);
    assertThat(answer.usage()).isEqualTo(new dev.nightshift.core.reasoning.Usage(2, 250, 50));
  }

  @Test
  void stopsAtTheStepLimit() {
    for (int i = 0; i < 3; i++) {
      server.then(
          OpenAiWire.toolCalls(
              100, 10, Call.of("c" + i, "node_health", OpenAiWire.args("node", "kafka"))));
    }

    Answer answer =
        reasoner(server.url("/v1"))
            .investigate(Investigations.sample(2, Duration.ofSeconds(10)), tools);

    assertThat(answer)
        .isEqualTo(
            new Answer.NoAnswer(
                "the model gave no hypothesis within its 2 requests (the step limit)",
                new dev.nightshift.core.reasoning.Usage(2, 200, 20)));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void reportsARateLimitWithoutRetrying() {
    server.then(
        Reply.status(
            429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"));

    Answer answer = investigate();

    assertThat(reason(answer))
        .isEqualTo(
            "openai/gpt-4o-mini is rate limiting requests (HTTP 429; a retry later may help)");
    assertThat(server.requests()).hasSize(1);
    assertThat(answer.usage().calls()).isEqualTo(1);
  }

  @Test
  void reportsAServerError() {
    server.then(Reply.status(500, "{\"error\":{\"message\":\"The server had an error\"}}"));

    assertThat(reason(investigate()))
        .isEqualTo("openai/gpt-4o-mini had a server error (HTTP 500; a retry may help)");
  }

  @Test
  void reportsRejectedCredentialsWithoutTheKey() {
    server.then(
        Reply.status(
            401,
            "{\"error\":{\"message\":\"Incorrect API key provided: "
                + KEY
                + "\",\"code\":\"invalid_api_key\"}}"));

    String reason = reason(investigate());

    assertThat(reason).contains("rejected the credentials (HTTP 401").doesNotContain(KEY);
  }

  @Test
  void neverRepeatsTheKeyAProviderEchoesInAnError() {
    server.then(
        Reply.status(400, "{\"error\":{\"message\":\"bad request from key " + KEY + "\"}}"));

    String reason = reason(investigate());

    assertThat(reason)
        .contains("rejected the request (HTTP 400)")
        .contains("[redacted]")
        .doesNotContain(KEY);
  }

  @Test
  void reportsATimeoutWhenTheServerNeverAnswers() {
    server.then(Reply.hanging());

    Answer answer =
        reasoner(server.url("/v1"))
            .investigate(Investigations.sample(10, Duration.ofMillis(500)), tools);

    assertThat(reason(answer))
        .isEqualTo("openai/gpt-4o-mini did not answer within 500ms (timeout; a retry may help)");
  }

  @Test
  void neverWaitsLongerThanTheConfiguredTimeoutWhateverTheInvestigationAllows() {
    server.then(Reply.hanging());
    Reasoner impatient =
        Llm.reasoner(
            new Llm.Settings(
                "openai",
                "gpt-4o-mini",
                Optional.of(server.url("/v1")),
                Optional.of(KEY),
                Duration.ofMillis(300)));

    Answer answer = impatient.investigate(Investigations.sample(10, Duration.ofMinutes(5)), tools);

    assertThat(reason(answer))
        .isEqualTo("openai/gpt-4o-mini did not answer within 300ms (timeout; a retry may help)");
  }

  @Test
  void reportsARefusedConnection() {
    Answer answer =
        reasoner(URI.create("http://127.0.0.1:" + FreePort.next() + "/v1"))
            .investigate(Investigations.sample(), tools);

    assertThat(reason(answer)).contains("connection refused");
  }

  private static String reason(Answer answer) {
    assertThat(answer).isInstanceOf(Answer.NoAnswer.class);
    return ((Answer.NoAnswer) answer).reason();
  }
}
