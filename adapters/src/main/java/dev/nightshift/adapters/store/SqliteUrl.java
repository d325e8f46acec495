package dev.nightshift.adapters.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code jdbc:sqlite:} URL and the file it names ({@code jdbc:sqlite:nightshift.db}, relative to
 * the working directory, or {@code jdbc:sqlite:/var/lib/nightshift/nightshift.db}); none for an
 * in-memory database.
 */
record SqliteUrl(String jdbcUrl, Optional<Path> file) {

  static final String PREFIX = "jdbc:sqlite:";

  SqliteUrl {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(file, "file");
  }

  static SqliteUrl parse(String jdbcUrl) {
    if (!jdbcUrl.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "a SQLite store needs a URL like jdbc:sqlite:nightshift.db, not '" + jdbcUrl + "'");
    }
    String rest = jdbcUrl.substring(PREFIX.length());
    String path = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.isEmpty() || path.equals(":memory:") || rest.contains("mode=memory")) {
      return new SqliteUrl(jdbcUrl, Optional.empty());
    }
    return new SqliteUrl(jdbcUrl, Optional.of(Path.of(path).toAbsolutePath().normalize()));
  }

  /** How messages name the database: its absolute path. */
  String name() {
    return file.map(Path::toString).orElse("(in memory)");
  }

  void createParentDirectories() {
    Optional<Path> parent = file.map(Path::getParent);
    if (parent.isEmpty() || Files.isDirectory(parent.get())) {
      return;
    }
    try {
      Files.createDirectories(parent.get());
    } catch (IOException e) {
      throw new StoreException(
          "store " + name() + ": cannot create its directory " + parent.get() + ": " + why(e), e);
    }
  }

  private static String why(IOException e) {
    return e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason()
        : e.getClass().getSimpleName();
  }
}
