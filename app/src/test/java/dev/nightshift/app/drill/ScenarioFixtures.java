package dev.nightshift.app.drill;

import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.yaml.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test scenarios: the example, valid ones, and one directory per invalid case holding a
 * {@code scenario.yaml} and the {@code expected.txt} problems it gives.
 */
final class ScenarioFixtures {

  static final Path ROOT = Path.of("src/test/resources/scenarios");
  static final Path EXAMPLE_CONFIG = Path.of("../examples/freshness-pipeline");

  private ScenarioFixtures() {}

  static ScenarioReader reader() {
    ConfigLoader loader =
        new ConfigLoader(name -> Optional.ofNullable(Map.<String, String>of().get(name)));
    return new ScenarioReader(loader::load);
  }

  static ScenarioResult read(Path file) {
    return reader().read(file);
  }

  /** The case directories under {@code scenarios/KIND}. */
  static List<Path> cases(String kind) {
    try (Stream<Path> dirs = Files.list(ROOT.resolve(kind))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each problem as printed, with the case's directory left out of file names and messages. */
  static List<String> printed(List<Problem> problems, Path dir) {
    String relative = dir + "/";
    String absolute = dir.toAbsolutePath().normalize() + "/";
    return problems.stream()
        .map(Problem::format)
        .map(p -> p.replace(absolute, "").replace(relative, ""))
        .toList();
  }

  static List<String> expected(Path caseDir) {
    try {
      return Files.readAllLines(caseDir.resolve("expected.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
