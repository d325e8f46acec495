package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads secret fields the one way they may be written: {@code X_env: VARIABLE} or {@code X_file:
 * path}, never the value itself in a file that gets committed, pasted and printed.
 */
final class Secrets {

  private final Path baseDir;
  private final Function<String, Optional<String>> environment;
  private final List<Secret> read = new ArrayList<>();

  /**
   * @param baseDir where relative {@code *_file} paths start
   * @param environment environment variables by name
   */
  Secrets(Path baseDir, Function<String, Optional<String>> environment) {
    this.baseDir = baseDir;
    this.environment = environment;
  }

  /** Every secret read so far, so that none of them is ever sent to a model. */
  List<Secret> all() {
    return List.copyOf(read);
  }

  Optional<Secret> read(MapReader r, String field, boolean required) {
    Optional<Secret> secret = readOne(r, field, required);
    secret.ifPresent(read::add);
    return secret;
  }

  private Optional<Secret> readOne(MapReader r, String field, boolean required) {
    r.node(field)
        .ifPresent(n ->
            r.problems()
                .error(
                    n,
                    "a secret is never written in the file: use "
                        + field
                        + "_env (an environment variable) or "
                        + field
                        + "_file (a file holding it)"));
    Optional<YamlNode> env = r.node(field + "_env");
    Optional<YamlNode> file = r.node(field + "_file");
    if (env.isPresent() && file.isPresent()) {
      r.problems().error(file.get(), "give " + field + "_env or " + field + "_file, not both");
      return Optional.empty();
    }
    if (env.isPresent()) {
      return r.text(field + "_env").flatMap(name -> fromEnvironment(name, env.get(), r));
    }
    if (file.isPresent()) {
      return r.text(field + "_file").flatMap(path -> fromFile(path, file.get(), r));
    }
    if (required && !r.mapping().entries().containsKey(field)) {
      r.problems()
          .error(
              r.source(),
              r.pathOf(field + "_env"),
              "required secret is missing (or give " + field + "_file)");
    }
    return Optional.empty();
  }

  private Optional<Secret> fromEnvironment(String name, YamlNode at, MapReader r) {
    Optional<String> value = environment.apply(name).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      r.problems().error(at, "environment variable " + name + " is not set");
    }
    return value.map(v -> new Secret("env " + name, v));
  }

  private Optional<Secret> fromFile(String path, YamlNode at, MapReader r) {
    Path file = baseDir.resolve(path);
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (value.isEmpty()) {
        r.problems().error(at, "secret file " + file + " is empty");
        return Optional.empty();
      }
      return Optional.of(new Secret("file " + file, value));
    } catch (IOException | RuntimeException e) {
      r.problems()
          .error(at, "cannot read secret file " + file + " (" + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
  }
}
