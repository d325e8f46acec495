package dev.nightshift.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.remediation.StepSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line step syntax of the command line and chat. */
class StepTextTest {

  private static StepSpec ok(String text) {
    return switch (StepText.parse(text)) {
      case Checked.Ok<StepSpec> ok -> ok.value();
      case Checked.Invalid<StepSpec> bad -> throw new AssertionError(bad.problems());
    };
  }

  private static List<String> problems(String text) {
    return switch (StepText.parse(text)) {
      case Checked.Ok<StepSpec> ok -> throw new AssertionError("read " + ok.value());
      case Checked.Invalid<StepSpec> bad -> bad.problems();
    };
  }

  @Test
  void readsTheActionTheNodeAndQuotedValues() {
    StepSpec step = ok("docker_exec node=redis_instance command=\"redis-cli CLIENT KILL AGE 300\"");

    assertThat(step.yaml())
        .isEqualTo(
            "{action: \"docker_exec\", node: \"redis_instance\","
                + " \"command\": \"redis-cli CLIENT KILL AGE 300\"}");
  }

  @Test
  void readsABracketedListAsAListOfStrings() {
    StepSpec step = ok("command node=feed argv=[systemctl, restart,feed]");

    assertThat(step.params().get("argv")).isEqualTo(List.of("systemctl", "restart", "feed"));
  }

  @Test
  void namesWhatIsWrong() {
    assertThat(problems("node=redis_instance")).singleElement().asString().contains("action type");
    assertThat(problems("docker_exec command=\"unclosed"))
        .singleElement()
        .asString()
        .contains("unclosed quote");
    assertThat(problems("docker_exec redis")).singleElement().asString().contains("key=value");
    assertThat(problems("docker_exec node=a node2=b command=x command=y"))
        .singleElement()
        .asString()
        .contains("given twice");
  }
}
