package dev.nightshift.app.config.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem found while loading a configuration, so that all are reported at once. */
public final class Problems {

  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> fileOrder = new HashMap<>();

  public void error(Source source, String path, String message) {
    add(new Problem(Problem.Level.ERROR, source, path, message));
  }

  public void warning(Source source, String path, String message) {
    add(new Problem(Problem.Level.WARNING, source, path, message));
  }

  /** An error about a value: reported at the value's line, under its path. */
  public void error(YamlNode node, String message) {
    error(node.source(), node.path(), message);
  }

  public void warning(YamlNode node, String message) {
    warning(node.source(), node.path(), message);
  }

  /** Makes problems of {@code file} sort in the order files were first mentioned. */
  public void registerFile(String file) {
    fileOrder.putIfAbsent(file, fileOrder.size());
  }

  private void add(Problem problem) {
    registerFile(problem.source().file());
    problems.add(problem);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Every problem, by file (in load order) and line; problems on one line keep their order. */
  public List<Problem> all() {
    return problems.stream()
        .sorted(
            Comparator.comparingInt((Problem p) -> fileOrder.get(p.source().file()))
                .thenComparingInt(p -> p.source().line()))
        .toList();
  }

  public List<Problem> errors() {
    return all().stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return all().stream().filter(p -> !p.isError()).toList();
  }
}
