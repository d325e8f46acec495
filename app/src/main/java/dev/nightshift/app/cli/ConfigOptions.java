package dev.nightshift.app.cli;

import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads a configuration takes: where it is, and whether to print JSON. */
final class ConfigOptions {

  @Parameters(
      paramLabel = "CONFIG",
      description = "configuration directory, or a main file naming the others")
  Path location;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  /** Loads the configuration; a location that does not exist is a usage error. */
  LoadResult load(CommandLine commandLine) {
    return load(commandLine, location);
  }

  /** Loads the configuration at {@code location}, for commands with other positionals first. */
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
