package dev.nightshift.adapters.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.pipeline.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure of the store is a {@link StoreException} saying which file and what failed. */
class SqliteStoreFailuresTest {

  @TempDir Path dir;

  @Test
  void refusesAUrlThatIsNotSqlite() {
    assertThatThrownBy(() -> SqliteStore.open("jdbc:postgresql://db/nightshift"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:sqlite:nightshift.db");
  }

  @Test
  void aDirectoryThatCannotBeCreatedFailsNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "not a directory");
    Path db = file.resolve("sub/nightshift.db");

    assertThatThrownBy(() -> SqliteStore.open("jdbc:sqlite:" + db))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "store " + db + ": cannot create its directory " + file.resolve("sub") + ": ");
  }

  @Test
  void aFileThatIsNotADatabaseFailsNamingIt() throws Exception {
    Path garbage = Files.writeString(dir.resolve("notes.db"), "shopping list ".repeat(200));

    assertThatThrownBy(() -> SqliteStore.open("jdbc:sqlite:" + garbage))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("store " + garbage + ": cannot ")
        .hasMessageContaining("not a database");
  }

  @Test
  void aClosedStoreFailsNamingTheFile() {
    Path file = dir.resolve("nightshift.db");
    SqliteStore store = SqliteStore.open("jdbc:sqlite:" + file);
    Stores stores = store.stores();
    store.close();

    assertThatThrownBy(() -> stores.incidents().find(new IncidentId(1)))
        .isInstanceOf(StoreException.class)
        .hasMessage("store " + file + ": cannot read incident 1: the store is closed");
  }

  @Test
  void aValueThisVersionCannotReadFailsNamingIt() throws SQLException {
    Path file = dir.resolve("nightshift.db");
    try (SqliteStore store = SqliteStore.open("jdbc:sqlite:" + file);
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      other.createStatement().executeUpdate("INSERT INTO phases VALUES ('critical', 'yolo')");

      assertThatThrownBy(() -> store.stores().controls().phases())
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "store "
                  + file
                  + ": cannot read the phases: a row of phases cannot be read:"
                  + " phase 'yolo' is none of [observe, assist, autonomous]");
    }
  }
}
