package dev.nightshift.adapters.store;

import dev.nightshift.core.pipeline.AlertLog;
import dev.nightshift.core.pipeline.AlertState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Alert states in table {@code alerts}, one row per fingerprint. Each write is one upsert whose
 * {@code WHERE} is the compare-and-set: instants are fixed-width text, so they compare in time
 * order.
 */
final class SqliteAlertLog implements AlertLog {

  private final SqliteDatabase database;

  SqliteAlertLog(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public boolean fire(String fingerprint, Instant startsAt) {
    return write(
        "record alert " + fingerprint + " firing",
        "INSERT INTO alerts (fingerprint, starts_at, resolved_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (fingerprint) DO UPDATE SET starts_at = excluded.starts_at,"
            + " resolved_at = NULL WHERE alerts.starts_at < excluded.starts_at",
        fingerprint,
        startsAt,
        Optional.empty());
  }

  @Override
  public boolean resolve(String fingerprint, Instant startsAt, Instant endsAt) {
    return write(
        "record alert " + fingerprint + " resolved",
        "INSERT INTO alerts (fingerprint, starts_at, resolved_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (fingerprint) DO UPDATE SET starts_at = excluded.starts_at,"
            + " resolved_at = excluded.resolved_at WHERE alerts.starts_at < excluded.starts_at"
            + " OR (alerts.starts_at = excluded.starts_at AND alerts.resolved_at IS NULL)",
        fingerprint,
        startsAt,
        Optional.of(endsAt));
  }

  @Override
  public Optional<AlertState> find(String fingerprint) {
    return database.call(
        "read alert " + fingerprint,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT fingerprint, starts_at, resolved_at FROM alerts WHERE fingerprint = ?")) {
            s.setString(1, fingerprint);
            return Rows.first(s, "alerts", SqliteAlertLog::read);
          }
        });
  }

  private boolean write(
      String what, String sql, String fingerprint, Instant startsAt, Optional<Instant> resolvedAt) {
    return database.call(
        what,
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, fingerprint);
            s.setString(2, Columns.text(startsAt));
            Columns.setInstant(s, 3, resolvedAt);
            return s.executeUpdate() == 1;
          }
        });
  }

  private static AlertState read(ResultSet row) throws SQLException {
    return new AlertState(
        row.getString("fingerprint"),
        Columns.instant(row, "starts_at"),
        Columns.optionalInstant(row, "resolved_at"));
  }
}
