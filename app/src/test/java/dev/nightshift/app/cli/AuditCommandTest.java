package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path tmp;

  private Path config;
  private Path db;
  private String url;

  /** The example configuration with its store moved to a SQLite file in the temp directory. */
  @BeforeEach
  void configWithStoreInTmp() throws IOException {
    config = tmp.resolve("config");
    db = tmp.resolve("state/nightshift.db");
    url = "jdbc:sqlite:" + db.toAbsolutePath();
    Files.createDirectories(config);
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, config.resolve(f.getFileName()));
      }
    }
    Path main = config.resolve("nightshift.yaml");
    String text = Files.readString(main);
    assertThat(text).contains("url: jdbc:sqlite:nightshift.db");
    Files.writeString(main, text.replace("url: jdbc:sqlite:nightshift.db", "url: " + url));
  }

  @Test
  void anUntouchedTrailIsIntactAndCounted() {
    List<AuditEntry> entries = append(3);
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo(
            url + ": audit trail intact: 3 entries, head " + entries.getLast().hash() + "\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void anUntouchedTrailIsIntactInJson() throws IOException {
    List<AuditEntry> entries = append(3);
    Cli cli = Cli.run("audit", "verify", config.toString(), "--json");
    assertThat(cli.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("store").asText()).isEqualTo(url);
    assertThat(json.get("intact").asBoolean()).isTrue();
    assertThat(json.get("entries").asLong()).isEqualTo(3);
    assertThat(json.get("head").asText()).isEqualTo(entries.getLast().hash());
    assertThat(cli.out().strip()).doesNotContain("\n");
  }

  @Test
  void anEmptyTrailIsIntactWithNoEntries() {
    append(0);
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo(url + ": audit trail intact: 0 entries, head " + "0".repeat(64) + "\n");
  }

  @Test
  void theTriggersRefuseAnEditThroughAnyClient() throws SQLException {
    append(3);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() ->
              s.executeUpdate(
                  "UPDATE audit_entries SET detail = 'nothing happened' WHERE sequence = 2"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("the audit trail is append-only: its entries cannot be changed");
    }
    assertThat(Cli.run("audit", "verify", config.toString()).exitCode()).isZero();
  }

  @Test
  void anEditMadeWithTheTriggerDroppedBreaksTheChainAtThatEntry() throws SQLException {
    append(3);
    tamperWithDetailOf(2);
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out())
        .isEqualTo(
            url
                + ": audit trail BROKEN at entry 2: its content does not match its hash"
                + " (edited)\n");
  }

  @Test
  void anEditMadeWithTheTriggerDroppedIsReportedInJson() throws SQLException, IOException {
    append(3);
    tamperWithDetailOf(2);
    Cli cli = Cli.run("audit", "verify", config.toString(), "--json");
    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("store").asText()).isEqualTo(url);
    assertThat(json.get("intact").asBoolean()).isFalse();
    assertThat(json.get("broken_at").asLong()).isEqualTo(2);
    assertThat(json.get("reason").asText())
        .isEqualTo("its content does not match its hash (edited)");
    assertThat(json.has("entries")).isFalse();
  }

  @Test
  void aDeletedEntryIsReportedAsMissing() throws SQLException {
    append(3);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.executeUpdate("DROP TRIGGER audit_entries_are_not_deleted");
      s.executeUpdate("DELETE FROM audit_entries WHERE sequence = 2");
    }
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out())
        .isEqualTo(
            url
                + ": audit trail BROKEN at entry 2: expected entry 2 but found 3 (missing or"
                + " reordered)\n");
  }

  @Test
  void aStoreThatCannotBeOpenedIsReportedInOneLine() throws IOException {
    Files.createDirectories(db); // a directory where the database file should be
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).startsWith("nightshift: no store at " + db.toAbsolutePath());
    assertThat(cli.err().strip()).doesNotContain("\n");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aStoreThatDoesNotExistIsReportedNotCreated() {
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void aPostgresStoreIsReportedAsAProblemNotAnInternalError() throws IOException {
    Path main = config.resolve("nightshift.yaml");
    Files.writeString(
        main, Files.readString(main).replace(url, "jdbc:postgresql://127.0.0.1/nightshift"));
    assertThat(Cli.run("validate", config.toString()).exitCode()).isZero();
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).doesNotContain("internal error");
  }

  @Test
  void anInvalidConfigurationPrintsItsErrorsAndExitsOne() throws IOException {
    Files.writeString(config.resolve("policy.yaml"), "kill_switch: maybe\n");
    Cli cli = Cli.run("audit", "verify", config.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err())
        .contains(config.resolve("policy.yaml") + ":1: kill_switch: expected true or false");
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void aConfigurationThatDoesNotExistIsAUsageError() {
    Cli cli = Cli.run("audit", "verify", tmp.resolve("nowhere").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("nightshift: no such configuration directory or file: ");
  }

  @Test
  void withoutASubcommandItIsAUsageError() {
    Cli cli = Cli.run("audit");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("nightshift: a subcommand is required");
  }

  /** Appends {@code n} records through the real store, as the agent would, and closes it. */
  private List<AuditEntry> append(int n) {
    try (SqliteStore store = SqliteStore.open(url)) {
      for (int i = 1; i <= n; i++) {
        store
            .stores()
            .audit()
            .append(
                new AuditRecord(
                    T0.plusSeconds(i),
                    "agent",
                    "incident.state_changed",
                    "incident 1",
                    "step " + i + " of the fix"));
      }
      return store.stores().audit().entries();
    }
  }

  /** What someone covering their tracks would do: drop the trigger, then rewrite a detail. */
  private void tamperWithDetailOf(long sequence) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DROP TRIGGER audit_entries_are_not_updated");
      }
      try (PreparedStatement p =
          c.prepareStatement("UPDATE audit_entries SET detail = ? WHERE sequence = ?")) {
        p.setString(1, "nothing happened here");
        p.setLong(2, sequence);
        assertThat(p.executeUpdate()).isEqualTo(1);
      }
    }
  }
}
