package dev.nightshift.app.cli;

import dev.nightshift.app.config.Config;
import dev.nightshift.core.notify.ReportBuilder;
import dev.nightshift.core.notify.ReportLinks;
import dev.nightshift.core.topology.DependencyTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The report builder the CLI uses: the configuration's tree, known errors, Prometheus and runbooks
 * when there is one, else an empty tree (the report then says what the store alone knows).
 */
final class Reporting {

  private Reporting() {}

  static ReportBuilder builder(Optional<Config> config, Optional<String> explore) {
    if (config.isEmpty()) {
      return new ReportBuilder(
          DependencyTree.of(List.of(), List.of()),
          List.of(),
          new ReportLinks(Optional.empty(), explore, List.of()));
    }
    Config c = config.get();
    return new ReportBuilder(
        c.tree(),
        c.knownErrors(),
        new ReportLinks(
            c.agent().telemetry().prometheus().map(p -> p.url().toString()),
            explore,
            runbooks(c.agent().files().runbooks())));
  }

  // A missing or unreadable runbook directory means no runbook links, not a failed report.
  private static List<Path> runbooks(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
