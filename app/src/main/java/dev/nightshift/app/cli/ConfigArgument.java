package dev.nightshift.app.cli;

import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The configuration location every command takes, and loading it. */
final class ConfigArgument {

  private ConfigArgument() {}

  /**
   * Loads the configuration at {@code location}; a location that does not exist is a usage error.
   */
  static LoadResult load(CommandLine commandLine, Path location) {
    if (!Files.exists(location)) {
      throw new CommandLine.ParameterException(
          commandLine,
          "no such configuration directory or file: "
              + location
              + " (try examples/freshness-pipeline)");
    }
    return ConfigLoader.withSystemEnvironment().load(location);
  }
}
