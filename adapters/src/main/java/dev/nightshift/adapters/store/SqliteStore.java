package dev.nightshift.adapters.store;

import dev.nightshift.core.pipeline.Stores;

/**
 * The agent's durable memory in one SQLite file: open it once at start-up, hand {@link #stores()}
 * to the pipeline, close it on shutdown. Every failure is a {@link StoreException} naming the file.
 */
public final class SqliteStore implements AutoCloseable {

  private final SqliteDatabase database;
  private final Stores stores;

  private SqliteStore(SqliteDatabase database) {
    this.database = database;
    this.stores =
        new Stores(
            new SqliteIncidentStore(database),
            new SqliteTimeline(database),
            new SqliteActionLog(database),
            new SqliteApprovals(database),
            new SqliteControls(database),
            new SqliteKnownErrorMemory(database),
            new SqliteAuditTrail(database),
            new SqliteChangeEvents(database),
            new SqliteAlertLog(database),
            new SqliteDeliveries(database),
            new SqliteLearnedKnownErrors(database),
            new SqliteSpendLedger(database));
  }

  /**
   * Opens the database at {@code jdbcUrl} ({@code jdbc:sqlite:nightshift.db}, {@code
   * jdbc:sqlite:/var/lib/nightshift/nightshift.db}), creating the file and its directories if they
   * are missing and bringing its schema up to date.
   *
   * @throws StoreException if it cannot be opened, or was written by a newer Nightshift
   * @throws IllegalArgumentException if {@code jdbcUrl} is not a {@code jdbc:sqlite:} URL
   */
  public static SqliteStore open(String jdbcUrl) {
    SqliteDatabase database = SqliteDatabase.open(SqliteUrl.parse(jdbcUrl));
    try {
      SqliteMigrations.migrate(database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return new SqliteStore(database);
  }

  /**
   * Opens a database that must already exist: for commands that read what the agent recorded (such
   * as {@code audit verify}), where creating an empty store would hide a misspelt URL.
   *
   * @throws StoreException if there is no database file at the URL, or it cannot be opened
   */
  public static SqliteStore openExisting(String jdbcUrl) {
    SqliteUrl url = SqliteUrl.parse(jdbcUrl);
    if (url.file().isPresent() && !java.nio.file.Files.isRegularFile(url.file().get())) {
      throw new StoreException(
          "no store at "
              + url.file().get()
              + ": nothing has been recorded there (check store.url)");
    }
    return open(jdbcUrl);
  }

  public Stores stores() {
    return stores;
  }

  @Override
  public void close() {
    database.close();
  }
}
