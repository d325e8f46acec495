package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading a configuration: every problem found, and the configuration itself when
 * there was no error (warnings do not stop the agent).
 */
public record LoadResult(Optional<Config> config, List<Problem> problems) {

  public LoadResult {
    Objects.requireNonNull(config, "config");
    problems = List.copyOf(problems);
    if (config.isPresent() && problems.stream().anyMatch(Problem::isError)) {
      throw new IllegalArgumentException("a configuration with errors cannot be valid");
    }
  }

  public boolean isValid() {
    return config.isPresent();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
