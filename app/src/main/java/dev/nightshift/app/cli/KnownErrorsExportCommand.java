package dev.nightshift.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nightshift known-errors export}: the approved learned known errors in known_errors.yaml's
 * format, to be reviewed and added to the file (then they are configured like the others).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Print the approved learned known errors in known_errors.yaml's format (--all: the proposed"
          + " ones too)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:exported", "1:the store, the API or FILE could not be used", "2:usage"})
final class KnownErrorsExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "configuration (for its store); not needed with --api")
  Path location;

  @Option(names = "--all", description = "also the proposed ones, not yet approved")
  boolean all;

  @Option(names = "--output", paramLabel = "FILE", description = "write FILE instead of stdout")
  Path output;

  @Mixin ApiOptions api;

  @Override
  public Integer call() {
    return LearningAccess.run(
        spec.commandLine(),
        api,
        location,
        remote -> written(remote.text("api/v1/known-errors/export" + (all ? "?all=true" : ""))),
        local -> written(local.desk().export(all)));
  }

  private LearningAccess.Result written(String yaml) {
    if (output == null) {
      return LearningAccess.Result.ok(yaml);
    }
    try {
      Files.writeString(output, yaml, StandardCharsets.UTF_8);
      return LearningAccess.Result.ok("wrote " + output);
    } catch (IOException e) {
      return LearningAccess.Result.failed("cannot write " + output + ": " + e.getMessage());
    }
  }
}
