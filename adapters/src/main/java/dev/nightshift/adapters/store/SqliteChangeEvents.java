package dev.nightshift.adapters.store;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.ChangeEvents;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Change events in table {@code change_events}. */
final class SqliteChangeEvents implements ChangeEvents {

  private final SqliteDatabase database;

  SqliteChangeEvents(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public void record(ChangeEvent e) {
    database.call(
        "record the change to " + e.service(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO change_events (service, version, at, author, description, source)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, e.service());
            s.setString(2, e.version());
            s.setString(3, Columns.text(e.at()));
            Columns.setText(s, 4, e.author());
            Columns.setText(s, 5, e.description());
            s.setString(6, e.source());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public List<ChangeEvent> between(Instant from, Instant to) {
    return database.call(
        "read the change events",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT service, version, at, author, description, source FROM change_events"
                      + " WHERE at >= ? AND at < ? ORDER BY at, id")) {
            s.setString(1, Columns.text(from));
            s.setString(2, Columns.text(to));
            return Rows.all(s, "change_events", SqliteChangeEvents::read);
          }
        });
  }

  private static ChangeEvent read(ResultSet row) throws SQLException {
    return new ChangeEvent(
        row.getString("service"),
        row.getString("version"),
        Columns.instant(row, "at"),
        Columns.optionalText(row, "author"),
        Columns.optionalText(row, "description"),
        row.getString("source"));
  }
}
