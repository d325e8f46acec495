package dev.nightshift.adapters.store;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorMemory;
import dev.nightshift.core.knowledge.KnownErrorStats;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Known-error statistics in table {@code known_error_stats}, one row per known error. */
final class SqliteKnownErrorMemory implements KnownErrorMemory {

  private static final String SELECT =
      "SELECT id, occurrences, first_seen, last_seen, successes, failures, resolutions,"
          + " total_time_to_resolve FROM known_error_stats";

  private final SqliteDatabase database;

  SqliteKnownErrorMemory(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public void save(KnownErrorStats stats) {
    database.call(
        "save the statistics of known error " + stats.id(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO known_error_stats (id, occurrences, first_seen,"
                      + " last_seen, successes, failures, resolutions, total_time_to_resolve)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, stats.id().value());
            s.setLong(2, stats.occurrences());
            Columns.setInstant(s, 3, stats.firstSeen());
            Columns.setInstant(s, 4, stats.lastSeen());
            s.setLong(5, stats.successes());
            s.setLong(6, stats.failures());
            s.setLong(7, stats.resolutions());
            s.setString(8, stats.totalTimeToResolve().toString());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Optional<KnownErrorStats> find(KnownErrorId id) {
    return database.call(
        "read the statistics of known error " + id,
        c -> {
          try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE id = ?")) {
            s.setString(1, id.value());
            return Rows.first(s, "known_error_stats", SqliteKnownErrorMemory::read);
          }
        });
  }

  @Override
  public List<KnownErrorStats> all() {
    return database.call(
        "read the known-error statistics",
        c -> {
          try (PreparedStatement s = c.prepareStatement(SELECT + " ORDER BY id")) {
            return Rows.all(s, "known_error_stats", SqliteKnownErrorMemory::read);
          }
        });
  }

  private static KnownErrorStats read(ResultSet row) throws SQLException {
    return new KnownErrorStats(
        new KnownErrorId(row.getString("id")),
        row.getLong("occurrences"),
        Columns.optionalInstant(row, "first_seen"),
        Columns.optionalInstant(row, "last_seen"),
        row.getLong("successes"),
        row.getLong("failures"),
        row.getLong("resolutions"),
        Duration.parse(row.getString("total_time_to_resolve")));
  }
}
