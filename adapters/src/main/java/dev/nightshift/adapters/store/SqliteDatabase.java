package dev.nightshift.adapters.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The one connection to the database file, used by one thread at a time (SQLite has one writer),
 * turning every {@link SQLException} into a {@link StoreException} that names the file.
 */
final class SqliteDatabase implements AutoCloseable {

  /** How long a statement waits for another process (a CLI command) to release the file. */
  static final int BUSY_TIMEOUT_MILLIS = 5_000;

  /** Work with the connection; runs under the lock, so it must not call back into the database. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Connection connection;
  private final String name;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  private SqliteDatabase(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  /** Opens the file, creating it and its directories if missing, in WAL mode. */
  static SqliteDatabase open(SqliteUrl url) {
    url.createParentDirectories();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    // Transactions take the write lock when they start, so a read-then-write cannot deadlock.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    try {
      return new SqliteDatabase(config.createConnection(url.jdbcUrl()), url.name());
    } catch (SQLException e) {
      throw failure(url.name(), "open it", e);
    }
  }

  /** The database file's absolute path, for messages. */
  String name() {
    return name;
  }

  /** Runs {@code work}, each statement committing on its own. */
  <T> T call(String what, Work<T> work) {
    lock.lock();
    try {
      requireOpen(what);
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(name, what, e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none if it throws. */
  <T> T transaction(String what, Work<T> work) {
    return call(
        what,
        c -> {
          c.setAutoCommit(false);
          try {
            T result = work.run(c);
            c.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            rollback(c, e);
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
        });
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        connection.close();
      }
    } catch (SQLException e) {
      throw failure(name, "close it", e);
    } finally {
      lock.unlock();
    }
  }

  private void requireOpen(String what) {
    if (closed) {
      throw new StoreException("store " + name + ": cannot " + what + ": the store is closed");
    }
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static StoreException failure(String name, String what, SQLException e) {
    return new StoreException("store " + name + ": cannot " + what + ": " + e.getMessage(), e);
  }
}
