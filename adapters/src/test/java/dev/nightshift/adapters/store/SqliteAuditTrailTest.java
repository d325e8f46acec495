package dev.nightshift.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit table refuses edits from any SQLite client, and an edit made with its triggers dropped
 * shows in the hash chain.
 */
class SqliteAuditTrailTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");

  @TempDir Path dir;

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("nightshift.db");
  }

  @BeforeEach
  void appendThreeEntries() {
    try (SqliteStore store = SqliteStore.open(url())) {
      AuditTrail audit = store.stores().audit();
      for (int i = 1; i <= 3; i++) {
        audit.append(new AuditRecord(T0.plusSeconds(i), "agent", "action.executed", "x", "n" + i));
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private AuditChain.Check verify() {
    try (SqliteStore store = SqliteStore.open(url())) {
      return AuditChain.verify(store.stores().audit().entries());
    }
  }

  @Test
  void refusesToChangeAnEntry() {
    assertThatThrownBy(() -> execute("UPDATE audit_entries SET detail = 'x' WHERE sequence = 2"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only: its entries cannot be changed");
  }

  @Test
  void refusesToDeleteAnEntry() {
    assertThatThrownBy(() -> execute("DELETE FROM audit_entries WHERE sequence = 3"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only: its entries cannot be deleted");
  }

  @Test
  void refusesToReplaceAnEntryOrSkipANumber() {
    String values = ", '2026-03-01T10:15:30Z', 'a', 'k', 's', 'd', 'p', 'h')";

    assertThatThrownBy(() -> execute("INSERT OR REPLACE INTO audit_entries VALUES (2" + values))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("only the next entry can be added");
    assertThatThrownBy(() -> execute("INSERT INTO audit_entries VALUES (5" + values))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("only the next entry can be added");
    assertThat(verify()).isInstanceOf(AuditChain.Check.Intact.class);
  }

  @Test
  void anEditWithTheTriggersDroppedBreaksTheChainAtThatEntry() throws SQLException {
    execute("DROP TRIGGER audit_entries_are_not_updated");
    execute("UPDATE audit_entries SET detail = 'nothing happened' WHERE sequence = 2");

    assertThat(verify())
        .isInstanceOfSatisfying(
            AuditChain.Check.Broken.class, broken -> assertThat(broken.sequence()).isEqualTo(2));
  }

  @Test
  void aDeletionWithTheTriggersDroppedBreaksTheChainAtThatEntry() throws SQLException {
    execute("DROP TRIGGER audit_entries_are_not_deleted");
    execute("DELETE FROM audit_entries WHERE sequence = 2");

    assertThat(verify())
        .isInstanceOfSatisfying(
            AuditChain.Check.Broken.class, broken -> assertThat(broken.sequence()).isEqualTo(2));
  }
}
