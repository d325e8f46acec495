package dev.nightshift.adapters.retrieval;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what is searched: the runbook files' sections and the closed incidents' reports. */
final class Documents {

  /** How many incidents back the index reaches. */
  static final int INCIDENTS = 500;

  /** How many of the newest incidents are looked at to notice that one has closed. */
  static final int RECENT = 20;

  private Documents() {}

  /** Every section of every readable {@code *.md} file; a missing directory has none. */
  static List<Section> runbooks(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
    List<Section> out = new ArrayList<>();
    for (Path file : files) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        out.addAll(MarkdownSections.of(file.getFileName().toString(), text));
      } catch (IOException | java.io.UncheckedIOException e) {
        // An unreadable runbook is left out; the others are still worth searching.
      }
    }
    return out;
  }

  /** The reports of the closed incidents among the newest {@link #INCIDENTS}. */
  static List<Section> incidents(IncidentStore store) {
    return store.recent(INCIDENTS).stream()
        .filter(Documents::reported)
        .map(Documents::section)
        .toList();
  }

  /**
   * The ids of the newest closed incidents with a report: when it changes, an incident has closed
   * since the index was built.
   */
  static List<Long> closedRecently(IncidentStore store) {
    return store.recent(RECENT).stream()
        .filter(Documents::reported)
        .map(i -> i.id().value())
        .toList();
  }

  private static boolean reported(Incident i) {
    return !i.isOpen() && i.report().filter(r -> !r.isBlank()).isPresent();
  }

  private static Section section(Incident i) {
    String report = i.report().orElse("").strip();
    String first = report.lines().findFirst().orElse("").strip();
    return new Section("incident " + i.id(), first.isEmpty() ? i.trigger() : first, report);
  }
}
