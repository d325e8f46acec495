package dev.nightshift.app.cli;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.adapters.store.StoreException;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.core.pipeline.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the read-only reporting commands find incidents: the store a configuration names ({@code
 * --config}, which also gives the tree, known errors and Prometheus for links), or a store URL
 * alone ({@code --store}); the store must already exist.
 */
final class StoreOptions {

  @Option(
      names = "--config",
      paramLabel = "CONFIG",
      description = "configuration directory or main file (its store.url, tree, known errors)")
  Optional<Path> config = Optional.empty();

  @Option(
      names = "--store",
      paramLabel = "URL",
      description = "a store URL (jdbc:sqlite:FILE); overrides the configuration's store.url")
  Optional<String> store = Optional.empty();

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  /** Runs {@code work} on the stores and the configuration if any; empty after saying why not. */
  <T> Optional<T> use(
      CommandLine cli, String command, BiFunction<Stores, Optional<Config>, T> work) {
    PrintWriter err = cli.getErr();
    if (config.isEmpty() && store.isEmpty()) {
      throw new CommandLine.ParameterException(cli, "give --config CONFIG or --store URL");
    }
    Optional<Config> loaded = Optional.empty();
    if (config.isPresent()) {
      LoadResult result = ConfigOptions.load(cli, config.get());
      if (result.config().isEmpty()) {
        ValidateCommand.printErrors(result, err);
        return Optional.empty();
      }
      loaded = result.config();
    }
    Optional<Config> fromConfig = loaded;
    String url = store.orElseGet(() -> fromConfig.orElseThrow().agent().storeUrl());
    if (!url.startsWith("jdbc:sqlite:")) {
      err.println(
          "nightshift: " + command + " reads the embedded SQLite store; the store is " + url);
      return Optional.empty();
    }
    try (SqliteStore opened = SqliteStore.openExisting(url)) {
      return Optional.of(work.apply(opened.stores(), loaded));
    } catch (StoreException e) {
      err.println("nightshift: " + e.getMessage());
      return Optional.empty();
    }
  }
}
