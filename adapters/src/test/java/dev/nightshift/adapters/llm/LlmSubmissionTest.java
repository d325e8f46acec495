package dev.nightshift.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.remediation.StepSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmSubmissionTest {

  private static Hypothesis ok(String json) {
    Checked<Hypothesis> read = Submission.read(json);
    assertThat(read).isInstanceOf(Checked.Ok.class);
    return ((Checked.Ok<Hypothesis>) read).value();
  }

  private static List<String> problems(String json) {
    Checked<Hypothesis> read = Submission.read(json);
    assertThat(read).isInstanceOf(Checked.Invalid.class);
    return ((Checked.Invalid<Hypothesis>) read).problems();
  }

  private static final String BASE =
      "\"root_cause\":\"kafka\",\"explanation\":\"broker down\",\"evidence\":[\"\\\"connection refused\\\"\"]";

  @Test
  void readsAMinimalAnswerWithNoActionAndNoConfidence() {
    Hypothesis h = ok("{" + BASE + "}");

    assertThat(h.rootCause()).isEqualTo("kafka");
    assertThat(h.evidence()).containsExactly("\"connection refused\"");
    assertThat(h.action()).isEmpty();
    assertThat(h.nextSteps()).isEmpty();
    assertThat(h.confidence()).isEmpty();
  }

  @Test
  void readsAnActionWithoutANodeAndWithListParameters() {
    Hypothesis h =
        ok(
            "{"
                + BASE
                + ",\"action\":{\"type\":\"notify\",\"parameters\":{\"to\":[\"a\",\"b\"],\"n\":3}}}");

    assertThat(h.action())
        .contains(
            new StepSpec("notify", Optional.empty(), Map.of("to", List.of("a", "b"), "n", "3")));
  }

  @Test
  void namesEveryProblemAtOnce() {
    assertThat(
            problems(
                "{\"root_cause\":\"\",\"evidence\":[],\"action\":{\"node\":\"no such node!\"},"
                    + "\"confidence\":7}"))
        .containsExactly(
            "root_cause must be a non-empty string",
            "explanation must be a non-empty string",
            "evidence must quote at least one line of tool output or the brief",
            "action.type must be a non-empty string",
            "action.node is not a node id: 'no such node!'",
            "confidence must be a number from 0 to 1, or left out");
  }

  @Test
  void rejectsArgumentsThatAreNotAJsonObject() {
    assertThat(problems("[1,2]")).containsExactly("the arguments must be a JSON object: [1,2]");
    assertThat(problems("{\"root_cause\":"))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("the arguments are not valid JSON");
  }
}
