package dev.nightshift.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.LlmSettings;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.reasoning.Redactor;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reasoning the configuration asks for, built through the provider and retrieval factories. */
class ReasoningsTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");
  private static final Map<String, String> ENV =
      Map.of(
          "LLM_KEY", "sk-llm-0123456789",
          "API_TOKEN", "api-token-abcdef",
          "BOT_TOKEN", "123456:bot-token-secret",
          "HOOK_SECRET", "hook-secret-987");

  @TempDir Path tmp;

  private final List<LlmSettings.Provider> opened = new ArrayList<>();
  private final List<String> indexed = new ArrayList<>();
  private final Reasonings reasonings =
      new Reasonings(
          provider -> {
            opened.add(provider);
            return new Named(provider.label());
          },
          (dir, incidents, mode) -> {
            indexed.add(dir + " " + mode.yamlName());
            return RunbookSearch.NONE;
          });

  @Test
  void withoutAModelNoReasonerIsOpenedButTheRunbooksStillServeTheReports() throws IOException {
    Config config = load("");

    Reasoning reasoning = reasonings.build(config, MemoryStores.create().incidents());

    assertThat(reasoning.reasoner()).isEmpty();
    assertThat(reasoning.confirmer()).isEmpty();
    assertThat(opened).isEmpty();
    assertThat(indexed).hasSize(1);
  }

  @Test
  void opensTheModelItsConfirmerAndTheRunbooksTheConfigurationNames() throws IOException {
    Config config =
        load(
            """
            llm:
              provider: openai
              model: gpt-4o-mini
              url: http://127.0.0.1:8000/v1
              api_key_env: LLM_KEY
              timeout: 20s
              max_steps: 6
              budget: {tokens_per_day: 500000, cost_per_incident: 0.5}
              price: {input_per_million: 0.15, output_per_million: 0.6}
              cache_ttl: 2h
              proposals_need_approval: false
              confirm: {provider: ollama, model: llama3.1, url: http://127.0.0.1:11434}
            retrieval: {mode: hybrid}
            """);

    Reasoning reasoning = reasonings.build(config, MemoryStores.create().incidents());

    assertThat(reasoning.reasoner().orElseThrow().name()).isEqualTo("openai/gpt-4o-mini");
    assertThat(reasoning.confirmer().orElseThrow().name()).isEqualTo("ollama/llama3.1");
    LlmSettings.Provider main = opened.getFirst();
    assertThat(main.url()).contains(URI.create("http://127.0.0.1:8000/v1"));
    assertThat(main.apiKey().orElseThrow().reveal()).isEqualTo("sk-llm-0123456789");
    assertThat(main.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(opened.get(1).apiKey()).isEmpty();
    var limits = reasoning.settings();
    assertThat(limits.maxSteps()).isEqualTo(6);
    assertThat(limits.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(limits.tokensPerDay()).isEqualTo(500_000);
    assertThat(limits.tokensPerIncident()).isEqualTo(200_000);
    assertThat(limits.costPerIncident()).isEqualTo(0.5);
    assertThat(limits.inputPricePerMillion()).isEqualTo(0.15);
    assertThat(limits.outputPricePerMillion()).isEqualTo(0.6);
    assertThat(limits.cacheTtl()).isEqualTo(Duration.ofHours(2));
    assertThat(limits.proposalsNeedApproval()).isFalse();
    assertThat(indexed).containsExactly(config.location().resolve("runbooks") + " hybrid");
  }

  @Test
  void redactsEverySecretOfTheConfigurationAndTheChosenPatterns() throws IOException {
    Config config =
        load(
            """
            http:
              port: 0
              tokens: [{name: ops, role: admin, token_env: API_TOKEN}]
              webhook_secret_env: HOOK_SECRET
            notifiers:
              - {type: telegram, chat_id: "-100123", bot_token_env: BOT_TOKEN}
            llm:
              provider: anthropic
              model: claude-sonnet-4-5
              api_key_env: LLM_KEY
              redact: [emails]
              redact_patterns: ["cust-[0-9]{6}"]
            """);

    Redactor redactor = Reasonings.redactor(config.agent());

    String text =
        "key sk-llm-0123456789 api api-token-abcdef bot 123456:bot-token-secret"
            + " hook hook-secret-987 mail ops@example.com customer cust-123456 node redis_instance";
    assertThat(redactor.redact(text))
        .isEqualTo(
            "key [redacted] api [redacted] bot [redacted] hook [redacted] mail [redacted]"
                + " customer [redacted] node redis_instance");
  }

  @Test
  void theStandardBuildOpensTheConfiguredProviderThroughTheLlmAdapters() throws IOException {
    Config config = load("llm:\n  provider: ollama\n  model: llama3.1\n");

    Reasoning reasoning = Reasonings.standard().build(config, MemoryStores.create().incidents());

    assertThat(reasoning.reasoner())
        .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("ollama/llama3.1"));
  }

  private Config load(String llm) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "config");
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path main = dir.resolve("nightshift.yaml");
    String yaml = Files.readString(main);
    Files.writeString(main, yaml.substring(0, yaml.indexOf("llm:")) + llm);
    LoadResult result = new ConfigLoader(name -> Optional.ofNullable(ENV.get(name))).load(dir);
    assertThat(result.errors()).isEmpty();
    return result.config().orElseThrow();
  }

  private record Named(String name) implements Reasoner {
    @Override
    public Answer investigate(Investigation investigation, Toolbox tools) {
      return new Answer.NoAnswer("not asked in this test", Usage.NONE);
    }
  }
}
