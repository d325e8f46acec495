package dev.nightshift.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.sim.ScriptedReasoner;
import dev.nightshift.sim.scenario.ReasonerScript;
import dev.nightshift.sim.scenario.ScheduledLearning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys a learning drill adds: a scripted reasoner, decisions on learned known errors. */
class ReasonerScenarioReaderTest {

  @TempDir Path dir;

  private static final String HEAD =
      "config: "
          + ScenarioFixtures.EXAMPLE_CONFIG.toAbsolutePath().normalize()
          + "\nduration: 10m\n";

  private static final String SCRIPT =
      """
      reasoner:
        script:
          - {tool: log_query, args: {node: kafka_to_redis_consumer, minutes: 30}}
          - hypothesis:
              root_cause: kafka_to_redis_consumer
              explanation: stuck
              evidence: ['"Deserialization failed"']
              action: {action: command, node: kafka_to_redis_consumer, argv: [rm, -rf, /x]}
              next_steps: [look]
              confidence: 0.5
      """;

  @Test
  void readsTheScriptAndTheLearningDecisions() throws IOException {
    ScenarioResult read =
        read(
            SCRIPT
                + "learning: [{at: 20m, id: learned-1, decision: approve}]\n"
                + "expect: {known_error: learned-1, learned: [learned-1], reasoner_calls: 1}\n");
    assertThat(read.problems()).isEmpty();
    ReasonerScript script = read.scenario().orElseThrow().reasoner().orElseThrow();
    assertThat(script.calls())
        .containsExactly(
            new ReasonerScript.ToolCall(
                "log_query", Map.of("node", "kafka_to_redis_consumer", "minutes", "30")));
    StepSpec action = script.hypothesis().action().orElseThrow();
    assertThat(action.type()).isEqualTo("command");
    assertThat(action.params()).containsEntry("argv", List.of("rm", "-rf", "/x"));
    assertThat(script.hypothesis().confidence()).hasValue(0.5);
    assertThat(read.scenario().orElseThrow().learning())
        .containsExactly(
            new ScheduledLearning(
                Duration.ofMinutes(20),
                new KnownErrorId("learned-1"),
                ScheduledLearning.Decision.APPROVE));
    assertThat(read.setup().reasoning().reasoner()).get().isInstanceOf(ScriptedReasoner.class);
  }

  @Test
  void withoutAScriptTheAgentHasNoReasonerAsWithNoLlmConfigured() throws IOException {
    ScenarioResult read = read("expect: {reasoner_calls: 0}\n");
    assertThat(read.problems()).isEmpty();
    assertThat(read.setup().reasoning()).isSameAs(Reasoning.NONE);
  }

  @Test
  void reportsAScriptWithoutAHypothesisAndAStepAfterIt() throws IOException {
    ScenarioResult read =
        read(
            """
            reasoner:
              script:
                - {tool: log_query}
            ---
            """
                .replace("---\n", ""));
    assertThat(messages(read))
        .containsExactly(
            "scenario.yaml:5: reasoner.script: a script ends with {hypothesis: {...}}, the"
                + " reasoner's answer");
    ScenarioResult after = read(SCRIPT + "    - {tool: known_errors}\n");
    assertThat(messages(after))
        .containsExactly(
            "scenario.yaml:13: reasoner.script[2]: the hypothesis ends the script: nothing may"
                + " follow it");
  }

  @Test
  void aLearnedKnownErrorNobodyDecidesOnIsAnUnknownKnownError() throws IOException {
    ScenarioResult read = read("expect: {known_error: learned-7, learned: [learned-7]}\n");
    assertThat(messages(read))
        .anyMatch(m -> m.contains("known error 'learned-7' is not in known_errors.yaml"))
        .anyMatch(m -> m.contains("'learned-7' is not decided on under learning:"));
  }

  private ScenarioResult read(String body) throws IOException {
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, HEAD + body);
    return ScenarioFixtures.read(file);
  }

  private List<String> messages(ScenarioResult read) {
    return read.errors().stream().map(p -> p.format().replace(dir.toString() + "/", "")).toList();
  }
}
