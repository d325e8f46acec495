package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.http.Listings;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.app.learning.LearningDesk.Outcome;
import dev.nightshift.app.learning.PullRequests;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.pipeline.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * How the learning commands reach learned known errors: a running agent's API when one is named (so
 * an approval takes effect at once), else the store of a configuration, where an approval takes
 * effect when the agent next starts. Prints the result or the reason, and gives the exit code.
 */
final class LearningAccess {

  private LearningAccess() {}

  /** What a command came to: text for stdout, or the reason for stderr (exit 1). */
  record Result(boolean ok, String text) {
    static Result ok(String text) {
      return new Result(true, text);
    }

    static Result failed(String reason) {
      return new Result(false, reason);
    }
  }

  /** The store side: the configuration, its stores and a desk on them. */
  record Local(Config config, Stores stores, LearningDesk desk) {
    JsonNode json(LearnedKnownError entry) {
      return Listings.learned(entry, config, stores);
    }
  }

  @FunctionalInterface
  interface Remote {
    Result call(RemoteApi api) throws RemoteApi.Failed;
  }

  static int run(
      CommandLine cli,
      ApiOptions api,
      Path location,
      Remote remote,
      Function<Local, Result> local) {
    PrintWriter err = cli.getErr();
    Optional<Result> result = remote(cli, api, remote).or(() -> local(cli, location, local));
    result.ifPresent(r -> {
      if (r.ok()) {
        cli.getOut().print(r.text().endsWith("\n") ? r.text() : r.text() + "\n");
      } else {
        err.println("nightshift: " + r.text());
      }
    });
    cli.getOut().flush();
    err.flush();
    return result.filter(Result::ok).isPresent() ? 0 : 1;
  }

  /** Who decides from this shell: {@code cli:} and {@code --by}, else the OS user. */
  static String actor(String by) {
    return "cli:" + Optional.ofNullable(by).orElse(System.getProperty("user.name", "operator"));
  }

  /** An outcome as a result: {@code done} renders what was taken. */
  static Result of(Outcome outcome, Function<LearnedKnownError, String> done) {
    return switch (outcome) {
      case Outcome.Done d -> Result.ok(done.apply(d.entry()));
      case Outcome.Invalid bad -> Result.failed(String.join("\n  ", bad.problems()));
      case Outcome.AlreadyDecided a -> Result.failed(a.reason());
      case Outcome.NotFound n -> Result.failed(n.reason());
    };
  }

  // The command waits for a pull request it opens: the process ends right after.
  private static LearningDesk desk(Config config, Stores stores) {
    Clock clock = Clock.systemUTC();
    LearningDesk desk = LearningDesk.local(config, stores, clock);
    for (LearningDesk.Listener l :
        PullRequests.listeners(config, stores.audit(), clock, Runnable::run)) {
      desk = new LearningDesk(desk, l);
    }
    return desk;
  }

  private static Optional<Result> remote(CommandLine cli, ApiOptions api, Remote remote) {
    Optional<RemoteApi> client = api.remote(cli);
    if (client.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(remote.call(client.get()));
    } catch (RemoteApi.Failed e) {
      return Optional.of(Result.failed(e.getMessage()));
    }
  }

  private static Optional<Result> local(
      CommandLine cli, Path location, Function<Local, Result> local) {
    if (location == null) {
      throw new CommandLine.ParameterException(
          cli, "give CONFIG (to use its store) or --api URL (a running agent)");
    }
    LoadResult loaded = ConfigOptions.load(cli, location);
    if (loaded.config().isEmpty()) {
      ValidateCommand.printErrors(loaded, cli.getErr());
      return Optional.empty();
    }
    Config config = loaded.config().get();
    return LocalStore.use(
        config,
        cli.getCommandName(),
        true,
        cli.getErr(),
        stores -> local.apply(new Local(config, stores, desk(config, stores))));
  }
}
