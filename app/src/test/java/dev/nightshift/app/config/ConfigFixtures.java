package dev.nightshift.app.config;

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
 * Test configurations: a small valid base in {@code configs/base}, and cases that each replace some
 * of its files ({@code NAME.yaml}) or remove them ({@code NAME.yaml.absent}).
 */
final class ConfigFixtures {

  static final Path ROOT = Path.of("src/test/resources/configs");
  static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");

  private ConfigFixtures() {}

  /** The case directories under {@code configs/KIND}. */
  static List<Path> cases(String kind) {
    try (Stream<Path> dirs = Files.list(ROOT.resolve(kind))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base configuration with a case's files laid over it, in a fresh directory under tmp. */
  static Path assemble(Path overlay, Path tmp) {
    try {
      Path dir = Files.createTempDirectory(tmp, overlay.getFileName().toString());
      copyYaml(ROOT.resolve("base"), dir);
      copyYaml(overlay, dir);
      try (Stream<Path> absent = Files.list(overlay)) {
        for (Path marker : absent.filter(p -> p.toString().endsWith(".absent")).toList()) {
          Files.delete(dir.resolve(marker.getFileName().toString().replace(".absent", "")));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a directory's YAML files into another. */
  static void copyYaml(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(
            f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Loads a configuration with an environment that holds only {@code env}. */
  static LoadResult load(Path dir, Map<String, String> env) {
    return new ConfigLoader(name -> Optional.ofNullable(env.get(name))).load(dir);
  }

  static LoadResult load(Path dir) {
    return load(dir, Map.of());
  }

  /** Each problem as printed, with the directory left out of file names. */
  static List<String> printed(LoadResult result, Path dir) {
    String prefix = dir + "/";
    return result.problems().stream().map(Problem::format).map(p -> p.replace(prefix, "")).toList();
  }

  static List<String> expected(Path caseDir) {
    try {
      return Files.readAllLines(caseDir.resolve("expected.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
