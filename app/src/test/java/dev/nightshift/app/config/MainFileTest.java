package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration can also be a main file that names the other files wherever they live. */
class MainFileTest {

  @TempDir Path tmp;

  @Test
  void loadsTheFilesTheMainFileNamesRelativeToIt() throws IOException {
    Path shared = Files.createDirectories(tmp.resolve("shared"));
    Path base = ConfigFixtures.ROOT.resolve("base");
    Files.copy(base.resolve("dependency_tree.yaml"), shared.resolve("tree.yaml"));
    Files.copy(base.resolve("known_errors.yaml"), shared.resolve("errors.yaml"));
    Files.copy(base.resolve("policy.yaml"), shared.resolve("safety.yaml"));
    String main =
        Files.readString(base.resolve("nightshift.yaml"))
            + "files:\n  dependency_tree: shared/tree.yaml\n  known_errors: shared/errors.yaml\n  policy: shared/safety.yaml\n";
    Path mainFile = tmp.resolve("prod-agent.yaml");
    Files.writeString(mainFile, main);

    LoadResult result = ConfigFixtures.load(mainFile);

    assertThat(result.problems()).isEmpty();
    Config config = result.config().orElseThrow();
    assertThat(config.location()).isEqualTo(mainFile);
    assertThat(config.agent().files().dependencyTree()).isEqualTo(tmp.resolve("shared/tree.yaml"));
    assertThat(config.knownErrors()).hasSize(1);
  }

  @Test
  void givenOneOfADirectorysOtherFilesLoadsTheWholeDirectory() {
    LoadResult result = ConfigFixtures.load(ConfigFixtures.EXAMPLE.resolve("dependency_tree.yaml"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.config().orElseThrow().location()).isEqualTo(ConfigFixtures.EXAMPLE);
  }

  @Test
  void readsSecretsFromTheEnvironmentAndFilesNextToTheConfig() throws IOException {
    Path dir = ConfigFixtures.assemble(ConfigFixtures.ROOT.resolve("base"), tmp);
    Files.writeString(dir.resolve("token"), "s3cret\n");
    Files.writeString(
        dir.resolve("nightshift.yaml"),
        Files.readString(dir.resolve("nightshift.yaml"))
            + "http:\n  token_file: token\nllm:\n  provider: anthropic\n  model: claude\n  api_key_env: LLM_KEY\n");

    LoadResult result = ConfigFixtures.load(dir, Map.of("LLM_KEY", "sk-test"));

    assertThat(result.problems()).isEmpty();
    AgentSettings agent = result.config().orElseThrow().agent();
    assertThat(agent.http().tokens())
        .singleElement()
        .satisfies(t -> {
          assertThat(t.name()).isEqualTo("admin");
          assertThat(t.role()).isEqualTo(AgentSettings.Role.ADMIN);
          assertThat(t.secret().reveal()).isEqualTo("s3cret");
        });
    assertThat(agent.llm().provider().apiKey().orElseThrow().reveal()).isEqualTo("sk-test");
    assertThat(agent.llm().provider().apiKey().orElseThrow().toString()).doesNotContain("sk-test");
  }
}
