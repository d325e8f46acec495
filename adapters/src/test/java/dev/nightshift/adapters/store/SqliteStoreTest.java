package dev.nightshift.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.pipeline.StoresContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every store contract against a SQLite file; a restart closes and reopens the file. */
class SqliteStoreTest extends StoresContract {

  @TempDir Path dir;
  private SqliteStore store;

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("nightshift.db");
  }

  private Stores current() {
    if (store == null) {
      store = SqliteStore.open(url());
    }
    return store.stores();
  }

  private Stores restart() {
    current();
    store.close();
    store = SqliteStore.open(url());
    return store.stores();
  }

  @AfterEach
  void closeTheStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void createsTheFileAndItsDirectoriesInWalMode() throws SQLException {
    Path file = dir.resolve("var/lib/nightshift/store.db");

    try (SqliteStore created = SqliteStore.open("jdbc:sqlite:" + file)) {
      created.stores().controls().setKillSwitch(true);
    }

    assertThat(file).isRegularFile();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      mode.next();
      assertThat(mode.getString(1)).isEqualTo("wal");
    }
  }

  @Override
  protected Stores stores() {
    return current();
  }

  @Override
  protected Stores reopen() {
    return restart();
  }
}
