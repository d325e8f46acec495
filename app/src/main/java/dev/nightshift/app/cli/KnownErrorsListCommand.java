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

/** {@code nightshift known-errors list}: each known error with what the agent learned of it. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the configured known errors with their statistics, then the learned ones with their"
          + " state (proposed, approved, rejected)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:the store or the API could not be read", "2:usage"})
final class KnownErrorsListCommand implements Callable<Integer> {

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
    return list(spec.commandLine(), api, location, json);
  }

  static int list(CommandLine cli, ApiOptions api, Path location, boolean json) {
    Optional<JsonNode> list =
        Listing.fetch(cli, api, location, "api/v1/known-errors", Listings::knownErrors);
    if (list.isEmpty()) {
      return 1;
    }
    PrintWriter out = cli.getOut();
    if (json) {
      out.println(Json.write(list.get()));
    } else {
      list.get().forEach(e -> out.println(line(e)));
    }
    out.flush();
    return 0;
  }

  private static String line(JsonNode e) {
    String state = e.path("state").asText("configured");
    if (!state.equals("configured")) {
      return String.format(
          "%-10s %-8s %-8s from incident %d by %s  %s (%s)",
          e.path("id").asText(),
          e.path("severity").asText("?"),
          state,
          e.path("incident").asLong(),
          e.path("source").asText(),
          e.path("rootCause").asText("(no longer loads)"),
          e.path("node").asText("?"));
    }
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
