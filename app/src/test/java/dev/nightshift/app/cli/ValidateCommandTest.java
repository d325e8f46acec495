package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String EXAMPLE = "../examples/freshness-pipeline";

  @TempDir Path tmp;

  @Test
  void exitsZeroAndSummarisesAValidConfiguration() {
    Cli cli = Cli.run("validate", EXAMPLE);
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo(
            EXAMPLE
                + ": valid: 2 SLAs, 5 nodes, 5 known errors; 0 warnings\n"
                + "reasoner: none — novel errors are escalated with the full report\n");
  }

  @Test
  void namesTheConfiguredReasonerItsConfirmerAndItsBudgets() throws IOException {
    Path dir = copyOfExample();
    Path main = dir.resolve("nightshift.yaml");
    String yaml = Files.readString(main);
    Files.writeString(
        main,
        yaml.substring(0, yaml.indexOf("llm:"))
            + "llm:\n"
            + "  provider: openai\n"
            + "  model: gpt-4o-mini\n"
            + "  url: http://127.0.0.1:8000/v1\n"
            + "  budget: {tokens_per_day: 500000, cost_per_day: 2.5}\n"
            + "  confirm: {provider: ollama, model: llama3.1, url: http://127.0.0.1:11434}\n");

    Cli cli = Cli.run("validate", dir.toString());

    assertThat(cli.err()).isEmpty();
    assertThat(cli.out())
        .endsWith(
            "reasoner: openai/gpt-4o-mini, confirm: ollama/llama3.1, budget 200000 tokens / 1.00"
                + " an incident, 500000 tokens / 2.50 a day, 10 steps, proposals need approval\n");
  }

  @Test
  void exitsOneAndPrintsEveryProblemAsFileLinePathMessage() throws IOException {
    Path dir = copyOfExample();
    Files.writeString(
        dir.resolve("policy.yaml"),
        "phase: autonomus\nkill_switch: maybe\ncommands: {allow: [redis-cli]}\n");
    Cli cli = Cli.run("validate", dir.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out())
        .isEqualTo(
            dir.resolve("policy.yaml")
                + ":1: phase: unknown phase 'autonomus' (did you mean 'autonomous'?)\n"
                + dir.resolve("policy.yaml")
                + ":2: kill_switch: expected true or false, got 'maybe'\n"
                + dir
                + ": 2 errors, 0 warnings\n");
  }

  @Test
  void printsOneJsonObjectWithJson() throws IOException {
    Path dir = copyOfExample();
    Files.writeString(
        dir.resolve("policy.yaml"), "kill_switch: maybe\ncommands: {allow: [redis-cli]}\n");
    Cli cli = Cli.run("validate", dir.toString(), "--json");
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(json.get("valid").asBoolean()).isFalse();
    JsonNode error = json.get("errors").get(0);
    assertThat(error.get("file").asText()).isEqualTo(dir.resolve("policy.yaml").toString());
    assertThat(error.get("line").asInt()).isEqualTo(1);
    assertThat(error.get("path").asText()).isEqualTo("kill_switch");
    assertThat(error.get("message").asText()).isEqualTo("expected true or false, got 'maybe'");
    assertThat(cli.out().strip()).doesNotContain("\n");
  }

  @Test
  void countsTheExampleInJson() throws IOException {
    JsonNode json = new ObjectMapper().readTree(Cli.run("validate", EXAMPLE, "--json").out());
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("slas").asInt()).isEqualTo(2);
    assertThat(json.get("nodes").asInt()).isEqualTo(5);
    assertThat(json.get("known_errors").asInt()).isEqualTo(5);
    assertThat(json.get("reasoner").asText()).startsWith("reasoner: none");
    assertThat(json.get("warnings")).isEmpty();
  }

  @Test
  void aLocationThatDoesNotExistIsAUsageError() {
    Cli cli = Cli.run("validate", "no/such/dir");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err())
        .isEqualTo(
            "nightshift: no such configuration directory or file: no/such/dir (try"
                + " examples/freshness-pipeline)\nTry 'nightshift validate --help' for usage.\n");
  }

  @Test
  void missingArgumentsAndUnknownOptionsAreUsageErrors() {
    assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", EXAMPLE, "--jsn").exitCode()).isEqualTo(2);
    assertThat(Cli.run("valdate", EXAMPLE).exitCode()).isEqualTo(2);
    assertThat(Cli.run().exitCode()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelpAndTheToolHasAVersion() {
    assertThat(Cli.run("validate", "--help").out())
        .contains("Usage: nightshift validate", "--json");
    assertThat(Cli.run("tree", "--help").out()).contains("--impact=NODE", "--sla=NAME");
    assertThat(Cli.run("--help").out()).contains("validate", "tree", "Exit codes");
    Cli version = Cli.run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("nightshift ");
  }

  private Path copyOfExample() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("config"));
    try (var files = Files.list(Path.of(EXAMPLE))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }
}
