package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.topology.NodeId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class DraftTest {

  static final String KILL =
      new StepSpec(
              "docker_exec",
              Optional.of(new NodeId("redis")),
              Map.of("container", "redis", "command", "redis-cli CLIENT KILL AGE 300"))
          .yaml();

  static Draft draft(long incident) {
    return new Draft(
        incident,
        new NodeId("redis"),
        Optional.of("Redis connection pool \\S+ \"exhausted\""),
        Optional.of("redis_connected_clients > 280"),
        "Too many consumers: \"quoted\"\nand a second line",
        List.of(KILL),
        "automated",
        Severity.HIGH,
        LocalDate.parse("2026-03-02"));
  }

  private static Object load(String yaml) {
    return new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }

  @Test
  void proposesTheIdLearnedFromItsIncident() {
    assertThat(draft(42).id()).isEqualTo(new KnownErrorId("learned-42"));
  }

  @Test
  void readsBackAsTheValuesItWasMadeOf() {
    @SuppressWarnings("unchecked")
    Map<String, Object> entry = (Map<String, Object>) load(draft(7).yaml());

    assertThat(entry)
        .containsEntry("id", "learned-7")
        .containsEntry("root_cause", "Too many consumers: \"quoted\"\nand a second line")
        .containsEntry("severity", "high")
        .containsEntry("first_seen", "2026-03-02")
        .containsEntry("occurrence_count", 1)
        .containsEntry(
            "signature",
            Map.of(
                "node", "redis",
                "log_pattern", "Redis connection pool \\S+ \"exhausted\"",
                "metric_condition", "redis_connected_clients > 280"))
        .containsEntry(
            "fix",
            Map.of(
                "type",
                "automated",
                "steps",
                List.of(
                    Map.of(
                        "action", "docker_exec",
                        "node", "redis",
                        "container", "redis",
                        "command", "redis-cli CLIENT KILL AGE 300"))));
  }

  @Test
  void hasTheShapeOfAnEntryOfTheSeedsKnownErrorsFile() throws Exception {
    Path seed = Path.of("..", "examples", "freshness-pipeline", "known_errors.yaml");
    @SuppressWarnings("unchecked")
    Map<String, Object> file = (Map<String, Object>) load(Files.readString(seed));
    @SuppressWarnings("unchecked")
    Map<String, Object> ke001 = ((List<Map<String, Object>>) file.get("errors")).getFirst();
    @SuppressWarnings("unchecked")
    Map<String, Object> learned = (Map<String, Object>) load(draft(7).yaml());

    assertThat(ke001.keySet()).containsAll(learned.keySet());
    assertThat(keys(ke001.get("signature"))).isEqualTo(keys(learned.get("signature")));
    assertThat(keys(ke001.get("fix"))).isEqualTo(keys(learned.get("fix")));
    assertThat(learned.get("first_seen")).isInstanceOf(ke001.get("first_seen").getClass());
    assertThat(learned.get("severity")).isInstanceOf(String.class);
  }

  private static java.util.Set<Object> keys(Object map) {
    return new java.util.HashSet<>(((Map<?, ?>) map).keySet());
  }

  @Test
  void leavesOutTheSignalsItDoesNotHave() {
    Draft nodeOnly =
        new Draft(
            3,
            new NodeId("redis"),
            Optional.empty(),
            Optional.empty(),
            "cause",
            List.of(KILL),
            "automated",
            Severity.MEDIUM,
            LocalDate.parse("2026-03-02"));

    @SuppressWarnings("unchecked")
    Map<String, Object> entry = (Map<String, Object>) load(nodeOnly.yaml());

    assertThat(entry.get("signature")).isEqualTo(Map.of("node", "redis"));
    assertThat(nodeOnly.yaml()).doesNotContain("log_pattern", "metric_condition");
  }

  @Test
  void needsAtLeastOneStep() {
    assertThatThrownBy(() ->
            new Draft(
                3,
                new NodeId("redis"),
                Optional.empty(),
                Optional.empty(),
                "cause",
                List.of(),
                "automated",
                Severity.MEDIUM,
                LocalDate.parse("2026-03-02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one step");
  }

  private static StepSpec step(String type) {
    return new StepSpec(type, Optional.empty(), Map.of());
  }

  @Test
  void isAutomatedWhenAnyStepActs() {
    assertThat(Draft.fixType(List.of(step("wait"), step("docker_exec"), step("verify"))))
        .isEqualTo("automated");
  }

  @Test
  void waitsAndVerifiesWhenItOnlyWaitsOrVerifies() {
    assertThat(Draft.fixType(List.of(step("wait"), step("verify"), step("escalate_if_failed"))))
        .isEqualTo("wait_and_verify");
    assertThat(Draft.fixType(List.of(step("verify")))).isEqualTo("wait_and_verify");
  }

  @Test
  void escalatesWhenItOnlyEscalates() {
    assertThat(Draft.fixType(List.of(step("escalate")))).isEqualTo("escalate");
  }
}
