package dev.nightshift.adapters.store;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionLog;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.topology.NodeId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Action records in table {@code actions}, one row per idempotency key. */
final class SqliteActionLog implements ActionLog {

  private static final String SELECT =
      "SELECT idempotency_key, incident, at, type, action_class, resource, node, outcome, detail"
          + " FROM actions";

  private final SqliteDatabase database;

  SqliteActionLog(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public void record(ActionRecord r) {
    database.call(
        "record action " + r.key(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO actions (idempotency_key, incident, at, type, action_class,"
                      + " resource, node, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (idempotency_key) DO UPDATE SET incident = excluded.incident,"
                      + " at = excluded.at, type = excluded.type,"
                      + " action_class = excluded.action_class, resource = excluded.resource,"
                      + " node = excluded.node, outcome = excluded.outcome,"
                      + " detail = excluded.detail")) {
            s.setString(1, r.key().value());
            s.setLong(2, r.incident());
            s.setString(3, Columns.text(r.at()));
            s.setString(4, r.type());
            s.setString(5, Columns.text(r.actionClass()));
            s.setString(6, r.resource());
            Columns.setText(s, 7, r.node().map(NodeId::value));
            s.setString(8, Columns.text(r.outcome()));
            s.setString(9, r.detail());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<ActionRecord> find(IdempotencyKey key) {
    return database.call(
        "read action " + key,
        c -> {
          try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE idempotency_key = ?")) {
            s.setString(1, key.value());
            return Rows.first(s, "actions", SqliteActionLog::read);
          }
        });
  }

  @Override
  public List<ActionRecord> since(Instant from) {
    return database.call(
        "read the actions since " + from,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(SELECT + " WHERE at >= ? ORDER BY at, id")) {
            s.setString(1, Columns.text(from));
            return Rows.all(s, "actions", SqliteActionLog::read);
          }
        });
  }

  @Override
  public List<ActionRecord> forIncident(long incident) {
    return database.call(
        "read the actions of incident " + incident,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(SELECT + " WHERE incident = ? ORDER BY at, id")) {
            s.setLong(1, incident);
            return Rows.all(s, "actions", SqliteActionLog::read);
          }
        });
  }

  private static ActionRecord read(ResultSet row) throws SQLException {
    return new ActionRecord(
        new IdempotencyKey(row.getString("idempotency_key")),
        row.getLong("incident"),
        Columns.instant(row, "at"),
        row.getString("type"),
        Columns.enumValue(ActionClass.class, row, "action_class"),
        row.getString("resource"),
        Columns.optionalText(row, "node").map(NodeId::new),
        Columns.enumValue(ActionOutcome.class, row, "outcome"),
        row.getString("detail"));
  }
}
