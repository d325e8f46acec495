package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.app.http.Listings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightshift known-errors}: each known error with what the agent learned running it. */
@Command(
    name = "known-errors",
    mixinStandardHelpOptions = true,
    description = {"List the known errors with their statistics: seen, fixed, failed, mean time."},
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
    Optional<JsonNode> list =
        Listing.fetch(
            spec.commandLine(), api, location, "api/v1/known-errors", Listings::knownErrors);
    if (list.isEmpty()) {
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(list.get()));
    } else {
      list.get().forEach(e -> out.println(line(e)));
    }
    out.flush();
    return 0;
  }

  private static String line(JsonNode e) {
    JsonNode mttr = e.path("meanTimeToResolveSeconds");
    return String.format(
        "%-10s %-8s seen %3d  fixed %3d  failed %3d  mean %s  %s (%s)",
        e.path("id").asText(),
        e.path("severity").asText(),
        e.path("occurrences").asLong(),
        e.path("successes").asLong(),
        e.path("failures").asLong(),
        mttr.isNull() ? "  -" : mttr.asLong() + "s",
        e.path("rootCause").asText(),
        e.path("node").asText());
  }
}
