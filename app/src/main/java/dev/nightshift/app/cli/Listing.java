package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.core.pipeline.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine;

/** Fetches a list the same way for every listing command: from the API if named, else the store. */
final class Listing {

  private Listing() {}

  static Optional<JsonNode> fetch(
      CommandLine commandLine,
      ApiOptions api,
      Path location,
      String apiPath,
      BiFunction<Config, Stores, JsonNode> local) {
    PrintWriter err = commandLine.getErr();
    Optional<RemoteApi> remote = api.remote(commandLine);
    if (remote.isPresent()) {
      try {
        return Optional.of(remote.get().get(apiPath));
      } catch (RemoteApi.Failed e) {
        err.println("nightshift: " + e.getMessage());
        return Optional.empty();
      }
    }
    if (location == null) {
      throw new CommandLine.ParameterException(
          commandLine, "give CONFIG (to read its store) or --api URL (a running agent)");
    }
    LoadResult result = ConfigOptions.load(commandLine, location);
    if (result.config().isEmpty()) {
      ValidateCommand.printErrors(result, err);
      return Optional.empty();
    }
    Config config = result.config().get();
    return LocalStore.use(
        config, commandLine.getCommandName(), true, err, stores -> local.apply(config, stores));
  }
}
