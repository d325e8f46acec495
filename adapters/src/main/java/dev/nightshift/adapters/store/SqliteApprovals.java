package dev.nightshift.adapters.store;

import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Approvals;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

  // The UPDATE only matches a pending row, so of two processes answering at once exactly one
  // changes it; the other reads back who did.
  @Override
  public ApprovalDecision decide(
      IdempotencyKey key, ApprovalState decision, String by, Instant at) {
    if (decision == ApprovalState.PENDING) {
      throw new IllegalArgumentException("a decision cannot be pending");
    }
    return database.transaction(
        "answer the approval of " + key,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE approvals SET state = ?, decided_by = ?, decided_at = ?"
                      + " WHERE idempotency_key = ? AND state = ?")) {
            s.setString(1, Columns.text(decision));
            s.setString(2, by);
            s.setString(3, Columns.text(at));
            s.setString(4, key.value());
            s.setString(5, Columns.text(ApprovalState.PENDING));
            int changed = s.executeUpdate();
            try (PreparedStatement read =
                c.prepareStatement(SELECT + " WHERE idempotency_key = ?")) {
              read.setString(1, key.value());
              Optional<Approval> now = Rows.first(read, "approvals", SqliteApprovals::read);
              if (now.isEmpty()) {
                return new ApprovalDecision.NotFound(key);
              }
              return changed == 1
                  ? new ApprovalDecision.Decided(now.get())
                  : new ApprovalDecision.AlreadyDecided(now.get());
            }
          }
        });
  }

  @Override
  public List<Approval> recent(int limit) {
    return database.call(
        "read the recent approvals",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(SELECT + " ORDER BY requested_at DESC, id DESC LIMIT ?")) {
            s.setInt(1, limit);
            return Rows.all(s, "approvals", SqliteApprovals::read);
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
