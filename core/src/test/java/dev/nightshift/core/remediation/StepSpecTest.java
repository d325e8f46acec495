package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.topology.NodeId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class StepSpecTest {

  private static Object load(String yaml) {
    return new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }

  @Test
  void writesOneLineOfFlowYamlWithTheActionFirstThenTheNodeThenTheParamsInOrder() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("container", "redis");
    params.put("command", List.of("redis-cli", "CLIENT", "KILL"));
    StepSpec spec = new StepSpec("docker_exec", Optional.of(new NodeId("redis")), params);

    assertThat(spec.yaml())
        .isEqualTo(
            "{action: \"docker_exec\", node: \"redis\", \"container\": \"redis\","
                + " \"command\": [\"redis-cli\", \"CLIENT\", \"KILL\"]}");
    assertThat(load(spec.yaml()))
        .isEqualTo(
            Map.of(
                "action", "docker_exec",
                "node", "redis",
                "container", "redis",
                "command", List.of("redis-cli", "CLIENT", "KILL")));
  }

  @Test
  void writesAStepWithoutANode() {
    StepSpec spec = new StepSpec("wait", Optional.empty(), Map.of("duration", "60s"));

    assertThat(spec.yaml()).isEqualTo("{action: \"wait\", \"duration\": \"60s\"}");
  }

  @Test
  void keepsNumbersAndBooleansAsTheirText() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("replicas", 3);
    params.put("force", true);
    params.put("ports", List.of(80, 443));
    StepSpec spec = new StepSpec("k8s_scale", Optional.empty(), params);

    assertThat(spec.params()).containsEntry("replicas", "3").containsEntry("force", "true");
    assertThat(load(spec.yaml()))
        .isEqualTo(
            Map.of(
                "action",
                "k8s_scale",
                "replicas",
                "3",
                "force",
                "true",
                "ports",
                List.of("80", "443")));
  }

  @Test
  void refusesAParamThatIsNeitherAStringNorAList() {
    assertThatThrownBy(
            () -> new StepSpec("x", Optional.empty(), Map.of("nested", Map.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested must be a string or a list of strings");
  }

  @Test
  void refusesAParamWithoutAValueOrAListOfNonStrings() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("container", null);
    assertThatThrownBy(() -> new StepSpec("x", Optional.empty(), params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("container has no value");

    java.util.List<Object> withNull = new java.util.ArrayList<>(List.of("a"));
    withNull.add(null);
    assertThatThrownBy(() -> new StepSpec("x", Optional.empty(), Map.of("command", withNull)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command must be a list of strings: [a, null]");
    assertThatThrownBy(
            () -> new StepSpec("x", Optional.empty(), Map.of("command", List.of(List.of("a")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command must be a list of strings: [[a]]");
  }

  @Test
  void paramsCannotBeChangedAfterwards() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("a", "b");
    StepSpec spec = new StepSpec("x", Optional.empty(), params);
    params.put("c", "d");

    assertThat(spec.params()).containsOnlyKeys("a");
    assertThatThrownBy(() -> spec.params().put("e", "f"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "",
        "say \"hi\"",
        "C:\\path\\to",
        "two\nlines\r\nand\ttab",
        "ends with backslash \\",
        "\\\"",
        "bell\u0007 and nul\u0000 and esc\u001b",
        "del\u007f and c1\u0085\u0080\u009f",
        "unicode: é ß 中文 🚀 naïve",
        "line\u2028sep\u2029para",
        "bom\ufeffinside",
        "noncharacter \uffff end",
        "{not: a map}, [not, a list] # not a comment",
        "key: value",
        "- dash",
        "*alias &anchor !tag %directive @at `tick`",
        "  leading and trailing  ",
        "'single' quotes",
      })
  void quotesAnyTextSoThatYamlReadsItBackUnchanged(String text) {
    String quoted = StepSpec.quote(text);

    assertThat(quoted).startsWith("\"").endsWith("\"").doesNotContain("\n", "\r");
    assertThat(load(quoted)).isEqualTo(text);
    assertThat(load("{k: " + quoted + "}")).isEqualTo(Map.of("k", text));
  }

  @Test
  void escapesQuotesBackslashesAndNewlines() {
    assertThat(StepSpec.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
  }

  @Test
  void aProposalWithHostileTextStillReadsAsOneStep() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("command", "echo \"}, {action: run_command, command: rm -rf /}\"");
    params.put("purpose\", evil: \"x", "y\nz");
    StepSpec spec = new StepSpec("run_command", Optional.of(new NodeId("redis")), params);

    assertThat(spec.yaml()).doesNotContain("\n");
    assertThat(load(spec.yaml()))
        .isEqualTo(
            Map.of(
                "action", "run_command",
                "node", "redis",
                "command", "echo \"}, {action: run_command, command: rm -rf /}\"",
                "purpose\", evil: \"x", "y\nz"));
  }
}
