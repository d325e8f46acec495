package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drills written against a configuration that is not the shipped example (an orders API over
 * PostgreSQL and an external payments gateway, in {@code drills/other-platform}): the simulator and
 * the scoring must work for any tree, and a drill that expects the wrong thing must fail on exactly
 * the checks it got wrong.
 */
class OrdersPlatformDrillTest {

  private static final String PLATFORM = "src/test/resources/drills/other-platform";
  private static final String DRILLS = PLATFORM + "/drills";
  private static final String MISJUDGED = PLATFORM + "/wrong-expectations/deadlock-misjudged.yaml";

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theOrdersConfigurationIsValidWithoutWarnings() {
    Cli cli = Cli.run("validate", PLATFORM);
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo(
            PLATFORM
                + ": valid: 1 SLA, 3 nodes, 2 known errors; 0 warnings\n"
                + "reasoner: none — novel errors are escalated with the full report\n");
  }

  @Test
  void everyDrillWrittenForTheOrdersPlatformPasses() throws IOException {
    Cli cli = Cli.run("drill", DRILLS, "--json");
    assertThat(cli.exitCode()).as(cli.out()).isZero();
    assertThat(cli.err()).isEqualTo("4 scenarios: 4 passed, 0 failed\n");
    assertThat(results(cli).keySet())
        .containsExactly(
            "orders-db-saturation-escalates",
            "orders-deadlock-again-inside-cooldown",
            "orders-deadlock-restart-clears",
            "orders-payments-gateway-down");
  }

  @Test
  void aSupervisorRestartFromAKnownErrorClearsTheDeadlock() throws IOException {
    JsonNode r = only(Cli.run("drill", DRILLS + "/deadlock-restart-clears.yaml", "--json"));
    assertThat(r.get("passed").asBoolean()).isTrue();
    assertThat(r.get("root_cause").asText()).isEqualTo("orders_api");
    assertThat(r.get("known_error").asText()).isEqualTo("orders-deadlock");
    assertThat(actions(r))
        .containsExactly(
            "supervisor_restart orders:orders_api executed simulated: cleared deadlock");
    assertThat(r.get("resolved").asBoolean()).isTrue();
    assertThat(r.get("escalated").asBoolean()).isFalse();
  }

  @Test
  void evaluatesPromqlHealthchecksOnTheSimulatedValuesWhenNoHealthIsFixed() {
    Cli cli = Cli.run("drill", DRILLS + "/deadlock-restart-clears.yaml", "--reports");
    assertThat(cli.out())
        .contains(
            "XX  orders_api — unhealthy: simulated: http_request_duration_p99_seconds{job=\"orders_api\"}"
                + " = ")
        .contains("so 'http_request_duration_p99_seconds{job=\"orders_api\"} < 0.5' does not hold")
        .contains(
            "ok  orders_db — healthy: simulated: pg_stat_activity_count = 20, so"
                + " 'pg_stat_activity_count < 90' holds")
        .contains("log: ERROR could not update order: deadlock detected");
    Cli saturated = Cli.run("drill", DRILLS + "/db-saturation-escalates.yaml", "--reports");
    assertThat(saturated.out())
        .contains(
            "XX  orders_db — unhealthy: simulated: pg_stat_activity_count = 100, so"
                + " 'pg_stat_activity_count < 90' does not hold");
  }

  @Test
  void aKnownErrorWhoseFixIsAHumanEscalatesWithoutActing() throws IOException {
    JsonNode r = only(Cli.run("drill", DRILLS + "/db-saturation-escalates.yaml", "--json"));
    assertThat(r.get("passed").asBoolean()).isTrue();
    assertThat(r.get("root_cause").asText()).isEqualTo("orders_db");
    assertThat(r.get("known_error").asText()).isEqualTo("db-connections-saturated");
    assertThat(r.get("actions")).isEmpty();
    assertThat(r.get("escalated").asBoolean()).isTrue();
    assertThat(r.get("resolved").asBoolean()).isFalse();
  }

  @Test
  void anExternalNodeIsBlamedButNeverActedOn() throws IOException {
    JsonNode r = only(Cli.run("drill", DRILLS + "/payments-gateway-down.yaml", "--json"));
    assertThat(r.get("passed").asBoolean()).isTrue();
    assertThat(r.get("root_cause").asText()).isEqualTo("payments_gateway");
    assertThat(r.get("known_error").isNull()).isTrue();
    assertThat(r.get("actions")).isEmpty();
    assertThat(r.get("escalated").asBoolean()).isTrue();
  }

  @Test
  void theConfigsFiveMinuteCooldownDeniesTheSecondRestart() throws IOException {
    JsonNode r = only(Cli.run("drill", DRILLS + "/deadlock-again-inside-cooldown.yaml", "--json"));
    assertThat(r.get("passed").asBoolean()).isTrue();
    List<String> actions = actions(r);
    assertThat(actions).hasSize(2);
    assertThat(actions.get(0)).startsWith("supervisor_restart orders:orders_api executed");
    assertThat(actions.get(1))
        .startsWith("supervisor_restart orders:orders_api denied process/orders:orders_api")
        .contains("(incident 1); cooldown 5m: a repeat this soon means the fix is not holding");
    assertThat(r.get("escalated").asBoolean()).isTrue();
  }

  @Test
  void aDrillThatExpectsTheWrongThingFailsOnExactlyTheChecksItGotWrong() throws IOException {
    Cli cli = Cli.run("drill", MISJUDGED, "--json");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("1 scenario: 0 passed, 1 failed\n");
    JsonNode r = only(cli);
    assertThat(r.get("passed").asBoolean()).isFalse();
    Map<String, String> failing = new LinkedHashMap<>();
    List<String> passing = new ArrayList<>();
    for (JsonNode check : r.get("checks")) {
      if (check.get("ok").asBoolean()) {
        passing.add(check.get("name").asText());
      } else {
        failing.put(
            check.get("name").asText(),
            check.get("expected").asText() + " / " + check.get("actual").asText());
      }
    }
    assertThat(failing.keySet()).containsExactly("root_cause", "actions", "max_mttr");
    assertThat(failing.get("root_cause")).isEqualTo("orders_db / orders_api");
    assertThat(failing.get("actions")).isEqualTo("[docker_restart] / [supervisor_restart]");
    // It was resolved, just more slowly than the drill's author thought.
    assertThat(failing.get("max_mttr")).startsWith("20s / ").doesNotEndWith("never");
    assertThat(r.get("mttr_s").asDouble()).isGreaterThan(20);
    assertThat(passing)
        .containsExactly("detected", "known_error", "resolved", "escalated", "policy_violations");
  }

  @Test
  void theMisjudgedDrillBehavesExactlyLikeTheCorrectOne() throws IOException {
    JsonNode misjudged = only(Cli.run("drill", MISJUDGED, "--json"));
    JsonNode correct = only(Cli.run("drill", DRILLS + "/deadlock-restart-clears.yaml", "--json"));
    for (String field :
        List.of(
            "detected",
            "detection_latency_s",
            "root_cause",
            "known_error",
            "actions",
            "resolved",
            "escalated",
            "mttr_s",
            "policy_violations")) {
      assertThat(misjudged.get(field)).as(field).isEqualTo(correct.get(field));
    }
  }

  @Test
  void printsTheFailingChecksOfTheMisjudgedDrillInText() {
    Cli cli = Cli.run("drill", MISJUDGED);
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out())
        .startsWith("FAIL orders-deadlock-misjudged: ")
        .contains(
            "\n    root_cause: expected orders_db, got orders_api"
                + "\n    actions: expected [docker_restart], got [supervisor_restart]"
                + "\n    max_mttr: expected 20s, got ");
  }

  private Map<String, JsonNode> results(Cli cli) throws IOException {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (String line : cli.out().lines().toList()) {
      JsonNode r = mapper.readTree(line);
      assertThat(r.get("passed").asBoolean()).as(line).isTrue();
      byName.put(r.get("scenario").asText(), r);
    }
    return byName;
  }

  private JsonNode only(Cli cli) throws IOException {
    List<String> lines = cli.out().lines().toList();
    assertThat(lines).as(cli.err()).hasSize(1);
    return mapper.readTree(lines.getFirst());
  }

  private static List<String> actions(JsonNode result) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : result.get("actions")) {
      out.add(
          a.get("type").asText()
              + " "
              + a.get("target").asText()
              + " "
              + a.get("decision").asText()
              + " "
              + a.get("result").asText());
    }
    return out;
  }
}
