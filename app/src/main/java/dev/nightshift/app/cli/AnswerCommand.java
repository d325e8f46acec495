package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.http.ApprovalDesk;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code approve} and {@code deny}: a human's answer to the agent's request for approval, through a
 * running agent's API when one is named, else straight into the store; each request takes one
 * answer, and the second hears who gave the first.
 */
abstract class AnswerCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "the incident's number (its pending request) or the request's full key")
  String id;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "configuration (for its store); not needed with --api")
  Path location;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "who answers (default: $USER); through the API the token's name is recorded")
  String by;

  @Option(names = "--comment", paramLabel = "TEXT", description = "why, for the audit trail")
  String comment;

  @Mixin ApiOptions api;

  abstract ApprovalState answer();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RemoteApi> remote = api.remote(spec.commandLine());
    Optional<String> result = remote.isPresent() ? viaApi(remote.get(), err) : viaStore(err);
    result.ifPresent(out::println);
    out.flush();
    err.flush();
    return result.isPresent() ? 0 : 1;
  }

  private Optional<String> viaApi(RemoteApi remote, PrintWriter err) {
    try {
      String key = id;
      if (id.chars().allMatch(Character::isDigit)) {
        key = keyOfIncident(remote.get("api/v1/approvals?state=all&limit=500"));
      }
      var body = Json.object();
      if (comment != null) {
        body.put("comment", comment);
      }
      String path =
          "api/v1/approvals/"
              + URLEncoder.encode(key, StandardCharsets.UTF_8)
              + "/"
              + (answer() == ApprovalState.APPROVED ? "approve" : "deny");
      JsonNode approval = remote.post(path, body);
      return Optional.of(
          done(
              approval.path("key").asText(),
              approval.path("action").asText(),
              approval.path("decidedBy").asText()));
    } catch (RemoteApi.Failed e) {
      err.println("nightshift: " + e.getMessage());
      return Optional.empty();
    }
  }

  // The incident's pending request, else its latest (the list is newest first).
  private String keyOfIncident(JsonNode approvals) throws RemoteApi.Failed {
    long incident = Long.parseLong(id);
    JsonNode latest = null;
    for (JsonNode a : approvals) {
      if (a.path("incident").asLong() == incident) {
        if (a.path("state").asText().equals("pending")) {
          return a.path("key").asText();
        }
        latest = latest == null ? a : latest;
      }
    }
    if (latest == null) {
      throw new RemoteApi.Failed("incident " + id + " has no request for approval");
    }
    return latest.path("key").asText();
  }

  private Optional<String> viaStore(PrintWriter err) {
    if (location == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give CONFIG (to use its store) or --api URL (a running agent)");
    }
    LoadResult result = ConfigOptions.load(spec.commandLine(), location);
    if (result.config().isEmpty()) {
      ValidateCommand.printErrors(result, err);
      return Optional.empty();
    }
    Config config = result.config().get();
    String actor =
        "cli:" + Optional.ofNullable(by).orElse(System.getProperty("user.name", "operator"));
    return LocalStore.use(
            config, spec.name(), true, err, stores -> decide(new ApprovalDesk(stores), actor))
        .flatMap(outcome -> {
          if (outcome.ok()) {
            return Optional.of(outcome.line());
          }
          err.println("nightshift: " + outcome.line());
          return Optional.empty();
        });
  }

  /** What answering in the store came to: a line for stdout, or for stderr and exit 1. */
  private record Outcome(boolean ok, String line) {}

  private Outcome decide(ApprovalDesk desk, String actor) {
    Optional<IdempotencyKey> key = desk.resolve(id);
    if (key.isEmpty()) {
      return new Outcome(
          false,
          id.chars().allMatch(Character::isDigit)
              ? "incident " + id + " has no request for approval"
              : "no request for approval " + id);
    }
    var decision =
        desk.decide(
            key.get(), answer(), actor, Optional.ofNullable(comment), Clock.systemUTC().instant());
    return switch (decision) {
      case ApprovalDecision.Decided d -> new Outcome(true, done(d.approval()));
      case ApprovalDecision.AlreadyDecided a ->
          new Outcome(false, ApprovalDesk.alreadyDecided(a.approval()));
      case ApprovalDecision.NotFound n -> new Outcome(false, "no request for approval " + n.key());
    };
  }

  private String done(Approval a) {
    return done(a.key().value(), a.action(), a.decidedBy().orElse("?"));
  }

  private String done(String key, String action, String actor) {
    return answer().wireName() + " " + key + " (" + action + ") as " + actor;
  }
}
