package dev.nightshift.app.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where a running agent's API is, for the commands that prefer it to the store: {@code --api} or
 * {@code NIGHTSHIFT_API}, with the token from {@code NIGHTSHIFT_TOKEN} or {@code --token-file}
 * (never an option's value: command lines are visible to every user of the machine).
 */
final class ApiOptions {

  @Option(
      names = "--api",
      paramLabel = "URL",
      defaultValue = "${env:NIGHTSHIFT_API}",
      description = "a running agent's API, e.g. http://127.0.0.1:8077 (default: $NIGHTSHIFT_API)")
  String api;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "a file holding the API token (default: $NIGHTSHIFT_TOKEN)")
  Path tokenFile;

  /** The API client when an API is named; a usage error when it is but no token is given. */
  Optional<RemoteApi> remote(CommandLine commandLine) {
    if (api == null || api.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new RemoteApi(URI.create(api.strip()), token(commandLine)));
  }

  private String token(CommandLine commandLine) {
    if (tokenFile != null) {
      try {
        return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            commandLine, "cannot read the token file " + tokenFile);
      }
    }
    String token = System.getenv("NIGHTSHIFT_TOKEN");
    if (token == null || token.isBlank()) {
      throw new CommandLine.ParameterException(
          commandLine, "calling the API needs a token: set NIGHTSHIFT_TOKEN or give --token-file");
    }
    return token.strip();
  }
}
