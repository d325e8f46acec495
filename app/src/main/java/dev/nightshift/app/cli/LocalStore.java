package dev.nightshift.app.cli;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.adapters.store.StoreException;
import dev.nightshift.app.config.Config;
import dev.nightshift.core.pipeline.Stores;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens the embedded store a configuration names, for the commands that read or set the agent's
 * durable state; every failure is one line on stderr, never a stack trace.
 */
final class LocalStore {

  private LocalStore() {}

  /**
   * Runs {@code work} on the stores and closes them; empty after saying why not.
   *
   * @param mustExist refuse a missing database instead of creating it (commands that only read)
   */
  static <T> Optional<T> use(
      Config config, String command, boolean mustExist, PrintWriter err, Function<Stores, T> work) {
    String url = config.agent().storeUrl();
    if (!url.startsWith("jdbc:sqlite:")) {
      err.println(
          "nightshift: " + command + " uses the embedded SQLite store; store.url is " + url);
      return Optional.empty();
    }
    try (SqliteStore store = mustExist ? SqliteStore.openExisting(url) : SqliteStore.open(url)) {
      return Optional.of(work.apply(store.stores()));
    } catch (StoreException e) {
      err.println("nightshift: " + e.getMessage());
      return Optional.empty();
    }
  }
}
