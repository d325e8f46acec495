package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.core.knowledge.LearnedKnownError;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nightshift known-errors approve ID [--edit FILE]}: makes a learned known error one the
 * agent matches, as drafted or as edited; checked like known_errors.yaml and audited.
 */
@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
      "Approve a proposed known error, as drafted or as edited in FILE (the whole entry in"
          + " known_errors.yaml's format, same id); audited with your name."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:approved",
      "1:unknown ID, already decided, the edit does not load, or the API refused",
      "2:usage"
    })
final class KnownErrorApproveCommand implements Callable<Integer> {

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

  @Option(
      names = "--edit",
      paramLabel = "FILE",
      description = "approve this text instead of the draft (see 'known-errors show ID')")
  Path edit;

  @Option(
      names = {"--by", "--as"},
      paramLabel = "NAME",
      description = "who approves (default: $USER); through the API the token's name is recorded")
  String by;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Mixin ApiOptions api;

  @Override
  public Integer call() {
    Optional<String> edited = edited();
    return LearningAccess.run(
        spec.commandLine(),
        api,
        location,
        remote -> {
          var body = Json.object();
          edited.ifPresent(y -> body.put("yaml", y));
          return done(remote.post(path(id, "approve"), body));
        },
        local ->
            LearningAccess.of(
                local.desk().approve(id, LearningAccess.actor(by), edited),
                e -> json ? Json.write(local.json(e)) : line(e)));
  }

  static String path(String id, String verb) {
    return "api/v1/known-errors/learned/"
        + URLEncoder.encode(id, StandardCharsets.UTF_8)
        + "/"
        + verb;
  }

  private LearningAccess.Result done(JsonNode e) {
    return LearningAccess.Result.ok(
        json
            ? Json.write(e)
            : e.path("state").asText()
                + " "
                + e.path("id").asText()
                + " as "
                + e.path("decidedBy").asText());
  }

  private static String line(LearnedKnownError e) {
    return e.state()
        + " "
        + e.id()
        + " as "
        + e.decidedBy().orElse("?")
        + " (the agent matches it from its next start)";
  }

  private Optional<String> edited() {
    if (edit == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(edit, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot read the edited known error " + edit);
    }
  }
}
