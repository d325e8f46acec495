package dev.nightshift.adapters.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the real programs the contract tests run (redis-server, supervisord, prometheus, ...),
 * failing with the command that installs them rather than skipping the test.
 */
public final class Programs {

  private static final List<Path> EXTRA_DIRS = List.of(Path.of("/usr/sbin"), Path.of("/sbin"));

  private Programs() {}

  public static Path require(String command) {
    return find(command)
        .orElseThrow(() ->
            new IllegalStateException(
                command
                    + " is not installed; run scripts/install-test-deps.sh (the README's test"
                    + " command does)"));
  }

  public static Optional<Path> find(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(
            Stream.of(path.split(":")).filter(s -> !s.isEmpty()).map(Path::of), EXTRA_DIRS.stream())
        .map(dir -> dir.resolve(command))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
