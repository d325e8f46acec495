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

/** {@code nightshift incidents}: the open incidents (or all), from a running agent or the store. */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = {"List the open incidents, newest first (--all: closed ones too)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:the store or the API could not be read", "2:usage"})
final class IncidentsCommand implements Callable<Integer> {

  private static final int LIMIT = 50;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "configuration (for its store); not needed with --api")
  Path location;

  @Option(names = "--all", description = "closed incidents too")
  boolean all;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Mixin ApiOptions api;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<JsonNode> list =
        Listing.fetch(
            spec.commandLine(),
            api,
            location,
            "api/v1/incidents?state=" + (all ? "all" : "open") + "&limit=" + LIMIT,
            (config, stores) -> Listings.incidents(stores, all, LIMIT));
    if (list.isEmpty()) {
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(list.get()));
    } else if (list.get().isEmpty()) {
      out.println(all ? "no incidents" : "no open incidents");
    } else {
      list.get().forEach(i -> out.println(line(i)));
    }
    out.flush();
    err.flush();
    return 0;
  }

  private static String line(JsonNode i) {
    return String.format(
        "#%-4d %-17s %-8s %-28s opened %s%s  %s",
        i.path("id").asLong(),
        i.path("state").asText(),
        i.path("severity").asText(),
        i.path("sla").asText(),
        i.path("openedAt").asText(),
        i.path("rootCause").isNull() ? "" : "  root cause " + i.path("rootCause").asText(),
        i.path("trigger").asText());
  }
}
