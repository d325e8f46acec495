package dev.nightshift.adapters.store;

import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The audit chain in table {@code audit_entries}, which this class only ever inserts into; each
 * append reads the last entry and adds the next in one transaction.
 */
final class SqliteAuditTrail implements AuditTrail {

  private static final String SELECT =
      "SELECT sequence, at, actor, kind, subject, detail, previous_hash, hash FROM audit_entries";

  private final SqliteDatabase database;

  SqliteAuditTrail(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public AuditEntry append(AuditRecord record) {
    return database.transaction(
        "append to the audit trail",
        c -> {
          Optional<AuditEntry> last;
          try (PreparedStatement s =
              c.prepareStatement(SELECT + " ORDER BY sequence DESC LIMIT 1")) {
            last = Rows.first(s, "audit_entries", SqliteAuditTrail::read);
          }
          AuditEntry entry =
              AuditChain.link(
                  last.map(AuditEntry::sequence).orElse(0L) + 1,
                  last.map(AuditEntry::hash).orElse(AuditChain.GENESIS),
                  record);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO audit_entries (sequence, at, actor, kind, subject, detail,"
                      + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(s, entry);
            s.executeUpdate();
          }
          return entry;
        });
  }

  @Override
  public List<AuditEntry> entries() {
    return database.call(
        "read the audit trail",
        c -> {
          try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY sequence")) {
            return Rows.all(s, "audit_entries", SqliteAuditTrail::read);
          }
        });
  }

  private static void bind(PreparedStatement s, AuditEntry entry) throws SQLException {
    AuditRecord r = entry.record();
    s.setLong(1, entry.sequence());
    s.setString(2, Columns.text(r.at()));
    s.setString(3, r.actor());
    s.setString(4, r.kind());
    s.setString(5, r.subject());
    s.setString(6, r.detail());
    s.setString(7, entry.previousHash());
    s.setString(8, entry.hash());
  }

  private static AuditEntry read(ResultSet row) throws SQLException {
    AuditRecord record =
        new AuditRecord(
            Columns.instant(row, "at"),
            row.getString("actor"),
            row.getString("kind"),
            row.getString("subject"),
            row.getString("detail"));
    return new AuditEntry(
        row.getLong("sequence"), record, row.getString("previous_hash"), row.getString("hash"));
  }
}
