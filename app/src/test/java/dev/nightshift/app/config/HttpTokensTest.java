package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.AgentSettings.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** http.tokens: named bearer tokens with roles, and the older single token as "admin". */
class HttpTokensTest {

  @TempDir Path tmp;

  private LoadResult load(String http, Map<String, String> env) throws IOException {
    Path dir = ConfigFixtures.assemble(ConfigFixtures.ROOT.resolve("base"), tmp);
    Path main = dir.resolve("nightshift.yaml");
    Files.writeString(main, Files.readString(main) + http);
    return ConfigFixtures.load(dir, env);
  }

  @Test
  void readsNamedTokensWithTheirRolesFromTheEnvironmentAndFiles() throws IOException {
    Files.writeString(tmp.resolve("bob.token"), "bob-secret\n");
    LoadResult result =
        load(
            """
            http:
              port: 0
              tokens:
                - {name: alice, role: operator, token_env: NS_ALICE}
                - {name: bob, role: viewer, token_file: ../bob.token}
              token_env: NS_ADMIN
            """,
            Map.of("NS_ALICE", "alice-secret", "NS_ADMIN", "admin-secret"));

    assertThat(result.problems()).isEmpty();
    AgentSettings.Http http = result.config().orElseThrow().agent().http();
    assertThat(http.port()).hasValue(0);
    assertThat(http.serves()).isTrue();
    assertThat(http.tokens())
        .extracting(t -> t.name() + ":" + t.role() + ":" + t.secret().reveal())
        .containsExactly(
            "admin:admin:admin-secret", "alice:operator:alice-secret", "bob:viewer:bob-secret");
    assertThat(http.tokens().toString()).doesNotContain("secret:", "alice-secret");
  }

  @Test
  void withoutAPortTheApiIsNotServedAndNeedsNoToken() throws IOException {
    LoadResult result = load("http:\n  bind: 127.0.0.1\n", Map.of());

    assertThat(result.problems()).isEmpty();
    assertThat(result.config().orElseThrow().agent().http().serves()).isFalse();
    assertThat(result.config().orElseThrow().agent().http().port()).isEqualTo(Optional.empty());
  }

  @Test
  void refusesTwoTokensWithOneNameOrOneValue() throws IOException {
    LoadResult result =
        load(
            """
            http:
              port: 8077
              token_env: NS_A
              tokens:
                - {name: admin, role: viewer, token_env: NS_B}
                - {name: carol, role: admin, token_env: NS_A}
            """,
            Map.of("NS_A", "same", "NS_B", "other"));

    assertThat(result.problems())
        .extracting(p -> p.format().replaceAll("^.*nightshift.yaml:", "nightshift.yaml:"))
        .containsExactly(
            "nightshift.yaml:25: http.tokens[0]: two tokens are named 'admin'; the name is the"
                + " audit's actor",
            "nightshift.yaml:26: http.tokens[1]: tokens 'admin' and 'carol' have the same value;"
                + " give each caller its own");
    assertThat(Role.ADMIN.includes(Role.OPERATOR)).isTrue();
    assertThat(Role.VIEWER.includes(Role.OPERATOR)).isFalse();
  }
}
