package dev.nightshift.adapters.store;

import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Approvals;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Requests for approval and their answers in table {@code approvals}, one per step. */
final class SqliteApprovals implements Approvals {

  private static final String SELECT =
      "SELECT idempotency_key, incident, action, reason, requested_at, expires_at, state,"
          + " decided_by, decided_at FROM approvals";

  private final SqliteDatabase database;

  SqliteApprovals(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public void save(Approval a) {
    database.call(
        "save the approval of " + a.key(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO approvals (idempotency_key, incident, action, reason,"
                      + " requested_at, expires_at, state, decided_by, decided_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (idempotency_key) DO UPDATE SET incident = excluded.incident,"
                      + " action = excluded.action, reason = excluded.reason,"
                      + " requested_at = excluded.requested_at, expires_at = excluded.expires_at,"
                      + " state = excluded.state, decided_by = excluded.decided_by,"
                      + " decided_at = excluded.decided_at")) {
            s.setString(1, a.key().value());
            s.setLong(2, a.incident());
            s.setString(3, a.action());
            s.setString(4, a.reason());
            s.setString(5, Columns.text(a.requestedAt()));
            s.setString(6, Columns.text(a.expiresAt()));
            s.setString(7, Columns.text(a.state()));
            Columns.setText(s, 8, a.decidedBy());
            Columns.setInstant(s, 9, a.decidedAt());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Approval> find(IdempotencyKey key) {
    return database.call(
        "read the approval of " + key,
        c -> {
          try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE idempotency_key = ?")) {
            s.setString(1, key.value());
            return Rows.first(s, "approvals", SqliteApprovals::read);
          }
        });
  }

  @Override
  public List<Approval> pending() {
    return database.call(
        "read the pending approvals",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(SELECT + " WHERE state = ? ORDER BY requested_at, id")) {
            s.setString(1, Columns.text(ApprovalState.PENDING));
            return Rows.all(s, "approvals", SqliteApprovals::read);
          }
        });
  }

  private static Approval read(ResultSet row) throws SQLException {
    return new Approval(
        new IdempotencyKey(row.getString("idempotency_key")),
        row.getLong("incident"),
        row.getString("action"),
        row.getString("reason"),
        Columns.instant(row, "requested_at"),
        Columns.instant(row, "expires_at"),
        Columns.enumValue(ApprovalState.class, row, "state"),
        Columns.optionalText(row, "decided_by"),
        Columns.optionalInstant(row, "decided_at"));
  }
}
