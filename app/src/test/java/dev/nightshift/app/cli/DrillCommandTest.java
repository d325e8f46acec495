package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DrillCommandTest {

  private static final String EXAMPLE_DRILLS = "../examples/freshness-pipeline/drills";
  private static final String FIXTURES = "src/test/resources/drills";
  private static final String WRONG = FIXTURES + "/freshness-wrong/ke-001-wrong-expectations.yaml";
  private static final String BROKEN = FIXTURES + "/freshness-invalid/broken.yaml";

  /** The fields of a drill result in DESIGN §6, in its order. */
  private static final List<String> FIELDS =
      List.of(
          "scenario",
          "passed",
          "detected",
          "detection_latency_s",
          "root_cause",
          "known_error",
          "actions",
          "resolved",
          "escalated",
          "mttr_s",
          "policy_violations",
          "checks");

  /** Reads one line as exactly one JSON value: anything after it is an error. */
  private final ObjectReader json =
      new ObjectMapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Test
  void passesEveryExampleDrill() {
    Cli cli = Cli.run("drill", EXAMPLE_DRILLS);
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).endsWith("15 scenarios: 15 passed, 0 failed\n");
    assertThat(cli.out().lines().filter(l -> l.startsWith("PASS ")).count()).isEqualTo(15);
    assertThat(cli.out()).doesNotContain("FAIL ");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void printsOneDesignShapedJsonObjectPerScenarioAndTheSummaryOnStderr() throws IOException {
    Cli cli = Cli.run("drill", EXAMPLE_DRILLS, "--json");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEqualTo("15 scenarios: 15 passed, 0 failed\n");
    List<JsonNode> results = jsonLines(cli.out());
    assertThat(results).hasSize(15);
    Set<String> names = new TreeSet<>();
    for (JsonNode r : results) {
      assertThat(fieldNames(r)).as(r.toString()).containsExactlyElementsOf(FIELDS);
      names.add(r.get("scenario").asText());
      assertThat(r.get("passed").isBoolean()).isTrue();
      assertThat(r.get("passed").asBoolean()).isTrue();
      assertThat(r.get("detected").isBoolean()).isTrue();
      assertThat(r.get("detection_latency_s").isNumber()).isTrue();
      assertThat(r.get("mttr_s").isNumber() || r.get("mttr_s").isNull()).isTrue();
      assertThat(r.get("root_cause").isTextual() || r.get("root_cause").isNull()).isTrue();
      assertThat(r.get("known_error").isTextual() || r.get("known_error").isNull()).isTrue();
      assertThat(r.get("policy_violations").isInt()).isTrue();
      for (JsonNode action : r.get("actions")) {
        assertThat(fieldNames(action)).containsExactly("type", "target", "decision", "result");
      }
      assertThat(r.get("checks")).isNotEmpty();
      for (JsonNode check : r.get("checks")) {
        assertThat(fieldNames(check)).containsExactly("name", "expected", "actual", "ok");
        assertThat(check.get("ok").asBoolean()).as(check.toString()).isTrue();
      }
    }
    assertThat(names).hasSize(15).contains("ke-001-redis-client-exhaustion");
  }

  @Test
  void reportsTheSeedIncidentInJsonAsDesignSectionSixShowsIt() throws IOException {
    JsonNode r =
        jsonLines(
                Cli.run("drill", EXAMPLE_DRILLS + "/ke-001-redis-client-exhaustion.yaml", "--json")
                    .out())
            .getFirst();
    assertThat(r.get("scenario").asText()).isEqualTo("ke-001-redis-client-exhaustion");
    assertThat(r.get("detected").asBoolean()).isTrue();
    assertThat(r.get("root_cause").asText()).isEqualTo("redis_instance");
    assertThat(r.get("known_error").asText()).isEqualTo("ke-001");
    JsonNode action = r.get("actions").get(0);
    assertThat(r.get("actions")).hasSize(1);
    assertThat(action.get("type").asText()).isEqualTo("docker_exec");
    assertThat(action.get("target").asText()).isEqualTo("redis");
    assertThat(action.get("decision").asText()).isEqualTo("executed");
    assertThat(r.get("resolved").asBoolean()).isTrue();
    assertThat(r.get("escalated").asBoolean()).isFalse();
    assertThat(r.get("detection_latency_s").asDouble()).isPositive().isLessThanOrEqualTo(75);
    assertThat(r.get("mttr_s").asDouble()).isPositive().isLessThanOrEqualTo(240);
    assertThat(r.get("policy_violations").asInt()).isZero();
  }

  @Test
  void aScenarioWithWrongExpectationsFailsOnExactlyThoseChecks() {
    Cli cli = Cli.run("drill", WRONG);
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out())
        .startsWith("FAIL ke-001-wrong-expectations: detected after ")
        .contains(
            "root cause redis_instance, known error ke-001, actions [docker_exec executed],"
                + " resolved")
        .contains(
            "\n    root_cause: expected kafka_entity_topic, got redis_instance"
                + "\n    actions: expected [], got [docker_exec]\n")
        .endsWith("1 scenario: 0 passed, 1 failed\n");
    assertThat(cli.out().lines().filter(l -> l.startsWith("    ")).count()).isEqualTo(2);
  }

  @Test
  void aScenarioWithWrongExpectationsFailsInJsonWithExpectedAndActual() throws IOException {
    Cli cli = Cli.run("drill", WRONG, "--json");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("1 scenario: 0 passed, 1 failed\n");
    JsonNode r = jsonLines(cli.out()).getFirst();
    assertThat(r.get("passed").asBoolean()).isFalse();
    List<String> failing = new ArrayList<>();
    for (JsonNode check : r.get("checks")) {
      if (!check.get("ok").asBoolean()) {
        failing.add(
            check.get("name").asText()
                + ": "
                + check.get("expected").asText()
                + " / "
                + check.get("actual").asText());
      }
    }
    assertThat(failing)
        .containsExactly(
            "root_cause: kafka_entity_topic / redis_instance", "actions: [] / [docker_exec]");
  }

  @Test
  void anInvalidScenarioIsNotRunAndEveryProblemIsPrintedWithItsLine() {
    Cli cli = Cli.run("drill", BROKEN);
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err())
        .isEqualTo(
            BROKEN
                + ":5: duration: '10' has no unit: write 10s for seconds, or use m, h, ms\n"
                + BROKEN
                + ":10: faults[0].effects.redis_instanse: node 'redis_instanse' is not in the"
                + " dependency tree (did you mean 'redis_instance'?)\n"
                + BROKEN
                + ":14: expect.resolvd: unknown field (did you mean 'resolved'?)\n"
                + BROKEN
                + ": not run: the scenario has errors\n");
    assertThat(cli.out()).isEqualTo("1 scenario: 0 passed, 1 failed\n");
  }

  @Test
  void anInvalidScenarioDoesNotStopTheOthersFromRunning() {
    Cli cli = Cli.run("drill", BROKEN, EXAMPLE_DRILLS + "/ke-001-redis-client-exhaustion.yaml");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out())
        .startsWith("PASS ke-001-redis-client-exhaustion")
        .endsWith("2 scenarios: 1 passed, 1 failed\n");
    assertThat(cli.err()).contains(BROKEN + ": not run: the scenario has errors");
  }

  @Test
  void aPathThatDoesNotExistIsReportedAndFails() {
    Cli cli = Cli.run("drill", "no/such/drills");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("no/such/drills: no such file or directory\n");
    assertThat(cli.out()).isEqualTo("0 scenarios: 0 passed, 0 failed, 1 path not found\n");
  }

  @Test
  void aMissingPathFailsTheRunEvenWhenTheOtherScenariosPass() {
    Cli cli = Cli.run("drill", EXAMPLE_DRILLS + "/transient-blip.yaml", "no/such/drill.yaml");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("no/such/drill.yaml: no such file or directory\n");
    assertThat(cli.out())
        .startsWith("PASS transient-blip")
        .endsWith("1 scenario: 1 passed, 0 failed, 1 path not found\n");
  }

  @Test
  void withoutAPathItIsAUsageError() {
    Cli cli = Cli.run("drill");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("nightshift: Missing required parameter: 'PATH'");
  }

  @Test
  void printsEachIncidentsReportWithReports() {
    Cli cli =
        Cli.run("drill", EXAMPLE_DRILLS + "/ke-001-redis-client-exhaustion.yaml", "--reports");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .contains("Incident 1 — entity_data_freshness (high) — RESOLVED")
        .contains("Known error: ke-001")
        .contains("PASS ke-001-redis-client-exhaustion");
    assertThat(cli.out().indexOf("Incident 1")).isLessThan(cli.out().indexOf("PASS "));
  }

  private List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      JsonNode node = json.readValue(line);
      assertThat(node.isObject()).as(line).isTrue();
      nodes.add(node);
    }
    return nodes;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
