package dev.nightshift.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.ToolSpec;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.ReasonerScript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScriptedReasonerTest {

  private static final Hypothesis ANSWER =
      new Hypothesis(
          "kafka_to_redis_consumer",
          "stuck on a poison message",
          List.of("\"Deserialization failed at offset 48213\""),
          Optional.of(
              new StepSpec("supervisor_restart", Optional.of(SimFixtures.CONSUMER), Map.of())),
          Optional.empty(),
          List.of(),
          OptionalDouble.of(0.8));

  private static final ReasonerScript SCRIPT =
      new ReasonerScript(
          List.of(
              new ReasonerScript.ToolCall("log_query", Map.of("node", "kafka_to_redis_consumer")),
              new ReasonerScript.ToolCall("known_errors", Map.of())),
          ANSWER);

  /** Records the calls it gets and answers each with a fixed line. */
  private static final class Tools implements Toolbox {
    final List<String> calls = new ArrayList<>();

    @Override
    public List<ToolSpec> specs() {
      return List.of();
    }

    @Override
    public String call(String tool, Map<String, String> arguments) {
      calls.add(tool + arguments);
      return "ERROR Deserialization failed at offset 48213: unexpected token '<'";
    }
  }

  @Test
  void makesTheScriptsToolCallsThroughTheToolboxThenAnswersWithItsHypothesis() {
    Tools tools = new Tools();
    Answer answer = new ScriptedReasoner(SCRIPT).investigate(question(10), tools);
    assertThat(tools.calls)
        .containsExactly("log_query{node=kafka_to_redis_consumer}", "known_errors{}");
    assertThat(answer).isInstanceOf(Answer.Hypothesized.class);
    assertThat(((Answer.Hypothesized) answer).hypothesis()).isEqualTo(ANSWER);
  }

  @Test
  void reportsOneModelRequestPerToolCallPlusTheAnswerWithGrowingInput() {
    Answer answer = new ScriptedReasoner(SCRIPT).investigate(question(10), new Tools());
    assertThat(answer.usage().calls()).isEqualTo(3);
    long firstRequest = ScriptedReasoner.SYSTEM_PROMPT + 10;
    assertThat(answer.usage().inputTokens()).isGreaterThan(3 * firstRequest);
    assertThat(answer.usage().outputTokens()).isPositive();
  }

  @Test
  void countsEveryTimeItIsAsked() {
    ScriptedReasoner reasoner = new ScriptedReasoner(SCRIPT);
    assertThat(reasoner.asked()).isZero();
    reasoner.investigate(question(10), new Tools());
    reasoner.investigate(question(10), new Tools());
    assertThat(reasoner.asked()).isEqualTo(2);
  }

  @Test
  void stopsCallingToolsWhenItsStepsRunOutAndStillAnswers() {
    Tools tools = new Tools();
    Answer answer = new ScriptedReasoner(SCRIPT).investigate(question(2), tools);
    assertThat(tools.calls).hasSize(1);
    assertThat(answer.usage().calls()).isEqualTo(2);
  }

  private static Investigation question(int maxSteps) {
    return new Investigation(
        1,
        "x".repeat(40),
        List.of(new NodeId("kafka_to_redis_consumer")),
        List.of(),
        maxSteps,
        Duration.ofSeconds(30));
  }
}
