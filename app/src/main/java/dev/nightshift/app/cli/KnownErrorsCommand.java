package dev.nightshift.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nightshift known-errors}: the known errors, configured and learned, and the human side of
 * the learning loop (show, approve, reject, export). Without a subcommand it lists, as it did
 * before there were subcommands.
 */
@Command(
    name = "known-errors",
    mixinStandardHelpOptions = true,
    description = {
      "List the known errors with their statistics (seen, fixed, failed, mean time), and the"
          + " learned ones with their state; decide on learned ones with the subcommands."
    },
    subcommands = {
      KnownErrorsListCommand.class,
      KnownErrorShowCommand.class,
      KnownErrorApproveCommand.class,
      KnownErrorRejectCommand.class,
      KnownErrorsExportCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:the store or the API could not be read", "2:usage"})
final class KnownErrorsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "configuration (for its store); not needed with --api")
  Path location;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Mixin ApiOptions api;

  @Override
  public Integer call() {
    return KnownErrorsListCommand.list(spec.commandLine(), api, location, json);
  }
}
