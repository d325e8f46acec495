package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads nightshift.yaml's {@code learning:} section: where approved known errors are proposed. */
final class LearningReader {

  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  private final Secrets secrets;

  LearningReader(Secrets secrets) {
    this.secrets = secrets;
  }

  AgentSettings.Learning read(Optional<MapReader> section) {
    Optional<AgentSettings.PullRequest> pull =
        section.flatMap(s -> s.map("pull_request")).flatMap(this::pullRequest);
    section.ifPresent(MapReader::finish);
    return new AgentSettings.Learning(pull);
  }

  private Optional<AgentSettings.PullRequest> pullRequest(MapReader r) {
    Optional<String> repo = r.requiredText("repo");
    repo.filter(x -> !REPO.matcher(x).matches())
        .ifPresent(x ->
            r.problems()
                .error(r.node("repo").orElseThrow(), "expected owner/name, got '" + x + "'"));
    String base = r.text("base").orElse(Defaults.PULL_REQUEST_BASE);
    String path = r.text("path").orElse(Defaults.KNOWN_ERRORS_FILE);
    URI api =
        r.node("api_url")
            .flatMap(n -> TelemetryReader.uri(n, TelemetryReader.HTTP, r))
            .orElse(URI.create(Defaults.GITHUB_API));
    Optional<Secret> token = secrets.read(r, "token", true);
    r.finish();
    if (repo.isEmpty() || token.isEmpty() || !REPO.matcher(repo.get()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new AgentSettings.PullRequest(repo.get(), base, path, token.get(), api));
  }
}
