package dev.nightshift.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema is created by versioned scripts, each applied once, and never downgraded. */
class SqliteMigrationsTest {

  @TempDir Path dir;

  private SqliteUrl url() {
    return SqliteUrl.parse("jdbc:sqlite:" + dir.resolve("nightshift.db"));
  }

  @Test
  void appliesEachMigrationOnceInOrder() {
    try (SqliteDatabase database = SqliteDatabase.open(url())) {
      assertThat(SqliteMigrations.migrate(database)).containsExactlyElementsOf(allVersions());
      assertThat(SqliteMigrations.migrate(database)).isEmpty();
    }
    try (SqliteDatabase database = SqliteDatabase.open(url())) {
      assertThat(SqliteMigrations.migrate(database)).isEmpty();
      assertThat(database.call("read", SqliteMigrations::current))
          .isEqualTo(SqliteMigrations.known().size());
    }
  }

  @Test
  void refusesADatabaseWrittenByANewerNightshift() throws SQLException {
    SqliteStore.open(url().jdbcUrl()).close();
    int newer = SqliteMigrations.known().size() + 1;
    try (Connection c = DriverManager.getConnection(url().jdbcUrl())) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO schema_version VALUES (" + newer + ", 'future', '2030-01-01T00:00Z')");
    }

    assertThatThrownBy(() -> SqliteStore.open(url().jdbcUrl()))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "store "
                + dir.resolve("nightshift.db")
                + ": its schema is at version "
                + newer
                + ", written by a newer Nightshift; this one knows versions up to "
                + (newer - 1)
                + ". Run the newer Nightshift, or point store.url at another file.");
  }

  @Test
  void listsEveryMigrationScriptInOrder() throws IOException {
    try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/sqlite"))) {
      assertThat(scripts.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(SqliteMigrations.FILES);
    }
    assertThat(SqliteMigrations.known())
        .extracting(SqliteMigrations.Migration::version)
        .containsExactlyElementsOf(allVersions());
  }

  private static List<Integer> allVersions() {
    return IntStream.rangeClosed(1, SqliteMigrations.FILES.size()).boxed().toList();
  }
}
