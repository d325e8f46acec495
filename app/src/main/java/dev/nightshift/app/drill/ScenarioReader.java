package dev.nightshift.app.drill;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Source;
import dev.nightshift.app.config.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a drill scenario file and the configuration it names, and checks the one against the other,
 * collecting every problem (file, line, YAML path) instead of stopping at the first.
 */
public final class ScenarioReader {

  /** Files larger than this are not scenarios. */
  private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private final Function<Path, LoadResult> configs;

  /**
   * @param configs loads the configuration a scenario names (e.g. {@code ConfigLoader::load}; a
   *     runner with many scenarios may cache it)
   */
  public ScenarioReader(Function<Path, LoadResult> configs) {
    this.configs = configs;
  }

  /**
   * The scenario and its configuration, or every problem found: in the scenario, the
   * configuration's errors (not its warnings, which {@code validate} shows), and names the scenario
   * uses that the configuration does not have.
   */
  public ScenarioResult read(Path file) {
    Problems problems = new Problems();
    Optional<MapReader> root = document(file, problems);
    if (root.isEmpty()) {
      return new ScenarioResult(Optional.empty(), Optional.empty(), problems.all());
    }
    References references = new References(problems);
    ScenarioFields.Read read = new ScenarioFields(file, references).read(root.get());
    Optional<Config> config = read.config().flatMap(path -> config(path, problems));
    config.ifPresent(c -> new ScenarioChecks(c, problems).check(references.all()));
    if (problems.hasErrors() || config.isEmpty()) {
      return new ScenarioResult(Optional.empty(), Optional.empty(), problems.all());
    }
    return new ScenarioResult(read.scenario(), config, problems.all());
  }

  private Optional<Config> config(Path path, Problems problems) {
    LoadResult result = configs.apply(path);
    for (Problem p : result.errors()) {
      problems.error(p.source(), p.path(), p.message());
    }
    return result.config();
  }

  private static Optional<MapReader> document(Path file, Problems problems) {
    String name = file.toString();
    problems.registerFile(name);
    Source at = Source.file(name);
    try {
      if (!Files.isRegularFile(file)) {
        problems.error(at, "", Files.exists(file) ? "not a regular file" : "file not found");
        return Optional.empty();
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.error(at, "", "larger than 4 MiB; this is not a scenario");
        return Optional.empty();
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return YamlParser.parse(text, name, problems).flatMap(r -> MapReader.of(r, problems));
    } catch (CharacterCodingException e) {
      problems.error(at, "", "not UTF-8 text");
    } catch (IOException e) {
      problems.error(at, "", "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return Optional.empty();
  }
}
