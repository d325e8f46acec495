package dev.nightshift.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.testing.MetricConditionGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rendering must be accepted by the real PromQL parser, through {@code promtool}. */
class PromQlPromtoolIT {

  private static final long TIMEOUT_SECONDS = 60;
  private static final int RANDOM_CONDITIONS = 300;
  private static final List<String> EXAMPLES =
      List.of(
          "redis_connected_clients > 280",
          "ws_reconnection_count increase > 3 in 5m",
          "ws_messages_received rate > 0",
          "redis_connected_clients < 200",
          "redis_mem_fragmentation_ratio < 1.2",
          "kafka_consumer_group_lag{group=\"redis-writer-entity\"} > 10000",
          "http_requests_total{job=\"api\",code=~\"5..\"} rate >= 0.5 in 2m",
          "redis_memory_used_bytes > 30GB");
  private static final List<String> EXPRESSIONS =
      List.of(
          "sum(rate(http_requests_total{code=~\"5..\"}[5m]))",
          "time() - max(kafka_last_message_timestamp_seconds)",
          "max by (group) (kafka_consumergroup_lag)");

  @TempDir Path dir;

  @Test
  void promtoolAcceptsEveryRenderedCondition() throws Exception {
    List<String> expressions = new ArrayList<>();
    EXAMPLES.forEach(c -> expressions.add(PromQl.render(MetricCondition.parse(c).orThrow())));
    Random random = new Random(Long.getLong("property.seed", 0x5EED_2026L));
    for (int i = 0; i < RANDOM_CONDITIONS; i++) {
      expressions.add(PromQl.render(MetricConditionGenerator.condition(random)));
    }
    for (String expression : EXPRESSIONS) {
      expressions.add(PromQl.render(expression, MetricConditionGenerator.bound(random)));
    }

    Result result = checkRules(expressions);

    assertThat(result.exitCode()).as("promtool check rules:%n%s", result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: " + expressions.size() + " rules found");
  }

  @Test
  void promtoolRejectsWhatPromQlCannotParse() throws Exception {
    Result result = checkRules(List.of("on > 1"));

    assertThat(result.exitCode()).as(result.output()).isNotZero();
  }

  private Result checkRules(List<String> expressions) throws IOException, InterruptedException {
    Path rules = dir.resolve("rules.yml");
    Files.writeString(rules, rulesFile(expressions));
    Path log = dir.resolve("promtool.log");
    Process process =
        new ProcessBuilder(List.of(promtool().toString(), "check", "rules", rules.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("promtool did not finish within %ds: %s", TIMEOUT_SECONDS, Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(log));
  }

  private record Result(int exitCode, String output) {}

  private static Path promtool() {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, "promtool");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return fail(
        "promtool is not on the PATH; run scripts/install-test-deps.sh"
            + " (it installs the Debian package 'prometheus')");
  }

  private static String rulesFile(List<String> expressions) {
    StringBuilder yaml =
        new StringBuilder("groups:\n  - name: nightshift_conditions\n    rules:\n");
    for (int i = 0; i < expressions.size(); i++) {
      yaml.append("      - alert: NightshiftCondition").append(i).append('\n');
      yaml.append("        expr: ").append(yamlString(expressions.get(i))).append('\n');
    }
    return yaml.toString();
  }

  // A YAML double-quoted scalar; anything YAML would fold or refuse is written as \\uXXXX.
  private static String yamlString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20
          || (c >= 0x7f && c <= 0x9f)
          || c == 0x2028
          || c == 0x2029
          || c >= 0xfffe) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
