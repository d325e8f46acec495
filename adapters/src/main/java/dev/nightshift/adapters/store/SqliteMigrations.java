package dev.nightshift.adapters.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database's schema up to the version this code knows, applying the SQL files under {@code
 * db/sqlite/} in order and recording each in {@code schema_version}, all in one transaction;
 * refuses a database written by a newer Nightshift rather than guess at its tables.
 */
final class SqliteMigrations {

  /** Every migration, oldest first. A change to the schema is a new file, listed here. */
  static final List<String> FILES =
      List.of(
          "V1__initial.sql",
          "V2__change_events.sql",
          "V3__alerts.sql",
          "V4__deliveries.sql",
          "V5__learning.sql");

  private static final String FOLDER = "/db/sqlite/";
  private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9_]+)\\.sql");

  /** One versioned SQL script. */
  record Migration(int version, String description, String sql) {}

  private SqliteMigrations() {}

  /** The migrations on the classpath, checked to be numbered 1, 2, 3, ... */
  static List<Migration> known() {
    List<Migration> migrations = new ArrayList<>();
    for (String file : FILES) {
      Matcher name = NAME.matcher(file);
      if (!name.matches() || Integer.parseInt(name.group(1)) != migrations.size() + 1) {
        throw new IllegalStateException(
            "migration " + file + " should be named V" + (migrations.size() + 1) + "__name.sql");
      }
      migrations.add(new Migration(migrations.size() + 1, name.group(2), read(file)));
    }
    return List.copyOf(migrations);
  }

  /** Applies every migration the database lacks; answers the versions it applied. */
  static List<Integer> migrate(SqliteDatabase database) {
    List<Migration> known = known();
    return database.transaction(
        "bring its schema up to date",
        c -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " description TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
          }
          int current = current(c);
          if (current > known.size()) {
            throw new StoreException(tooNew(database.name(), current, known.size()));
          }
          List<Integer> applied = new ArrayList<>();
          for (Migration m : known.subList(current, known.size())) {
            apply(c, m);
            applied.add(m.version());
          }
          return List.copyOf(applied);
        });
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      row.next();
      return row.getInt(1);
    }
  }

  private static void apply(Connection c, Migration m) throws SQLException {
    try (Statement s = c.createStatement()) {
      // executeUpdate runs every statement of the script, triggers included.
      s.executeUpdate(m.sql());
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO schema_version (version, description, applied_at)"
                + " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")) {
      s.setInt(1, m.version());
      s.setString(2, m.description());
      s.executeUpdate();
    }
  }

  private static String tooNew(String name, int found, int known) {
    return "store "
        + name
        + ": its schema is at version "
        + found
        + ", written by a newer Nightshift; this one knows versions up to "
        + known
        + ". Run the newer Nightshift, or point store.url at another file.";
  }

  private static String read(String file) {
    try (InputStream in = SqliteMigrations.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("migration " + FOLDER + file + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + file, e);
    }
  }
}
