package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightshift known-errors show ID}: one learned known error, its state and its YAML. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {"Show a learned known error: where it stands, who decided, and its YAML."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "1:unknown ID, or the store or the API could not be read",
      "2:usage"
    })
final class KnownErrorShowCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "the learned known error, e.g. learned-12")
  String id;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "configuration (for its store); not needed with --api")
  Path location;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Mixin ApiOptions api;

  @Override
  public Integer call() {
    return LearningAccess.run(
        spec.commandLine(),
        api,
        location,
        remote ->
            LearningAccess.Result.ok(
                render(
                    remote.get(
                        "api/v1/known-errors/learned/"
                            + URLEncoder.encode(id, StandardCharsets.UTF_8)))),
        local ->
            local
                .desk()
                .find(id)
                .map(e -> LearningAccess.Result.ok(render(local.json(e))))
                .orElseGet(
                    () -> LearningAccess.Result.failed("there is no learned known error " + id)));
  }

  private String render(JsonNode e) {
    if (json) {
      return Json.write(e);
    }
    StringBuilder out = new StringBuilder();
    out.append(e.path("id").asText()).append("  ").append(e.path("state").asText());
    if (!e.path("decidedBy").isNull()) {
      out.append(" by ").append(e.path("decidedBy").asText());
      out.append(" at ").append(e.path("decidedAt").asText());
    }
    out.append('\n');
    out.append("learned from incident ")
        .append(e.path("incident").asLong())
        .append(" (")
        .append(e.path("source").asText())
        .append(") at ")
        .append(e.path("proposedAt").asText())
        .append('\n');
    if (!e.path("note").isMissingNode() && !e.path("note").isNull()) {
      out.append("note: ").append(e.path("note").asText()).append('\n');
    }
    e.path("problems").forEach(p -> out.append("problem: ").append(p.asText()).append('\n'));
    out.append('\n').append(e.path("yaml").asText());
    return out.toString();
  }
}
