package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.audit.AuditEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillSwitchCommandTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");

  @TempDir Path tmp;

  private Path config;
  private String url;

  @BeforeEach
  void configWithStoreInTmp() throws IOException {
    config = tmp.resolve("config");
    url = "jdbc:sqlite:" + tmp.resolve("state/nightshift.db").toAbsolutePath();
    Files.createDirectories(config);
    for (String file :
        List.of("nightshift.yaml", "dependency_tree.yaml", "known_errors.yaml", "policy.yaml")) {
      Files.copy(EXAMPLE.resolve(file), config.resolve(file));
    }
    Path main = config.resolve("nightshift.yaml");
    Files.writeString(
        main, Files.readString(main).replace("url: jdbc:sqlite:nightshift.db", "url: " + url));
  }

  @Test
  void turnsTheKillSwitchOnInTheStoreAndAuditsWhoDidIt() {
    Cli on = Cli.run("kill-switch", "on", config.toString());

    assertThat(on.exitCode()).isZero();
    assertThat(on.out()).isEqualTo("freshness-agent: kill switch ON\n");
    try (SqliteStore store = SqliteStore.open(url)) {
      assertThat(store.stores().controls().killSwitch()).isTrue();
      List<AuditEntry> entries = store.stores().audit().entries();
      assertThat(entries).hasSize(1);
      assertThat(entries.getFirst().record().kind()).isEqualTo("control.kill_switch");
      assertThat(entries.getFirst().record().actor()).isEqualTo(System.getProperty("user.name"));
      assertThat(AuditChain.verify(entries)).isInstanceOf(AuditChain.Check.Intact.class);
    }
  }

  @Test
  void turnsItOffAgainAndStatusReportsWithoutChangingAnything() {
    Cli.run("kill-switch", "on", config.toString());
    Cli.run("kill-switch", "off", config.toString());

    Cli status = Cli.run("kill-switch", "status", config.toString(), "--json");

    assertThat(status.exitCode()).isZero();
    assertThat(status.out())
        .isEqualTo("{\"kill_switch\":false,\"store\":false,\"policy\":false}\n");
    try (SqliteStore store = SqliteStore.open(url)) {
      assertThat(store.stores().audit().entries()).hasSize(2);
    }
  }

  @Test
  void saysWhenPolicyYamlHoldsTheSwitchOnWhateverTheStoreSays() throws IOException {
    Path policy = config.resolve("policy.yaml");
    Files.writeString(
        policy, Files.readString(policy).replace("kill_switch: false", "kill_switch: true"));

    Cli status = Cli.run("kill-switch", "off", config.toString());

    assertThat(status.out())
        .isEqualTo("freshness-agent: kill switch ON (policy.yaml sets kill_switch: true)\n");
  }

  @Test
  void anUnknownChangeIsAUsageError() {
    Cli cli = Cli.run("kill-switch", "maybe", config.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("expected one of [on, off, status]");
  }
}
