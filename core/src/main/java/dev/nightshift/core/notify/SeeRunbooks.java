package dev.nightshift.core.notify;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.notify.IncidentReport.Link;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runbooks (and past incidents) that best match what broke: asked with the root cause node and
 * the known error's root cause, or the first error line when no known error matched.
 */
record SeeRunbooks(RunbookSearch search) {

  /** A report points at no more than this many: more is a reading list, not a pointer. */
  static final int MAX = 2;

  List<RunbookHit> hits(
      Incident incident,
      List<String> rootCause,
      Optional<KnownError> knownError,
      List<PathStep> path) {
    String query =
        String.join(
                " ",
                Stream.concat(
                        rootCause.stream().limit(1),
                        knownError
                            .map(KnownError::rootCause)
                            .or(() -> firstError(path, rootCause))
                            .stream())
                    .toList())
            .strip();
    if (query.isEmpty()) {
      return List.of();
    }
    String self = "incident " + incident.id();
    try {
      return search.search(query, MAX + 1).stream()
          .filter(h -> !h.source().equals(self))
          .limit(MAX)
          .toList();
    } catch (RuntimeException e) {
      // A report is written even when the search fails; it just points at no runbook.
      return List.of();
    }
  }

  static String step(RunbookHit hit) {
    return "See " + hit.source() + " (" + hit.title() + ")";
  }

  /** Runbook files are links; a past incident is no address, so it stays a next step only. */
  static Optional<Link> link(RunbookHit hit) {
    return hit.source().startsWith("incident ")
        ? Optional.empty()
        : Optional.of(new Link("Runbook: " + hit.title(), hit.source()));
  }

  // The root cause node's first error line, else the first one anywhere on the walk.
  private static Optional<String> firstError(List<PathStep> path, List<String> rootCause) {
    Optional<String> own =
        path.stream()
            .filter(p -> rootCause.contains(p.node()))
            .flatMap(p -> p.logLines().stream())
            .findFirst();
    return own.or(() -> path.stream().flatMap(p -> p.logLines().stream()).findFirst());
  }
}
