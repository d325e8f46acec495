package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.config.yaml.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files named on a command line: files as given, and every {@code *.yaml} and {@code
 * *.yml} directly inside a directory, in name order.
 */
public final class ScenarioFiles {

  /** The files found, and a problem for each path that gave none. */
  public record Found(List<Path> files, List<Problem> problems) {
    public Found {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  private ScenarioFiles() {}

  public static Found expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        int before = problems.size();
        List<Path> inside = scenariosIn(path, problems);
        if (inside.isEmpty() && problems.size() == before) {
          problems.add(error(path, "no scenarios (*.yaml, *.yml) in this directory"));
        }
        files.addAll(inside);
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        problems.add(
            error(
                path,
                Files.exists(path) ? "not a file or directory" : "no such file or directory"));
      }
    }
    return new Found(files, problems);
  }

  private static List<Path> scenariosIn(Path dir, List<Problem> problems) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(error(dir, "cannot be listed (" + e.getClass().getSimpleName() + ")"));
      return List.of();
    }
  }

  private static Problem error(Path path, String message) {
    return new Problem(Problem.Level.ERROR, Source.file(path.toString()), "", message);
  }
}
