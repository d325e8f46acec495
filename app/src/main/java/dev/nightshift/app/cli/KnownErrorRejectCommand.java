package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightshift known-errors reject ID [--reason TEXT]}: a proposal the agent never uses. */
@Command(
    name = "reject",
    mixinStandardHelpOptions = true,
    description = {"Reject a proposed known error; it is never matched (audited with your name)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:rejected", "1:unknown ID, already decided, or the API refused", "2:usage"})
final class KnownErrorRejectCommand implements Callable<Integer> {

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

  @Option(names = "--reason", paramLabel = "TEXT", description = "why, for the audit trail")
  String reason;

  @Option(
      names = {"--by", "--as"},
      paramLabel = "NAME",
      description = "who rejects (default: $USER); through the API the token's name is recorded")
  String by;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Mixin ApiOptions api;

  @Override
  public Integer call() {
    return LearningAccess.run(
        spec.commandLine(),
        api,
        location,
        remote -> {
          var body = Json.object();
          if (reason != null) {
            body.put("reason", reason);
          }
          JsonNode e = remote.post(KnownErrorApproveCommand.path(id, "reject"), body);
          return LearningAccess.Result.ok(
              json ? Json.write(e) : "rejected " + id + " as " + e.path("decidedBy").asText());
        },
        local ->
            LearningAccess.of(
                local.desk().reject(id, LearningAccess.actor(by), Optional.ofNullable(reason)),
                e ->
                    json
                        ? Json.write(local.json(e))
                        : "rejected " + e.id() + " as " + e.decidedBy().orElse("?")));
  }
}
