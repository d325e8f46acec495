package dev.nightshift.core.notify;

import dev.nightshift.core.sla.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which notices one notifier hears of: a chat hears of approvals and endings, a pager only of what
 * needs a human now, and of the end of what it paged for.
 *
 * @param events the notice kinds it gets ({@link #EVENTS})
 * @param severities the incident severities those kinds are sent for
 * @param followUps kinds it gets, of any severity, only for an incident it already got a notice of
 *     (a pager resolves what it triggered; an issue tracker updates the issue it opened)
 */
public record Route(Set<String> events, Set<Severity> severities, Set<String> followUps) {

  /** Every notice kind, in the order of an incident's life. */
  public static final List<String> EVENTS =
      List.of("opened", "approval", "resolved", "escalated", "recovered");

  private static final Set<String> CHAT = Set.of("approval", "resolved", "escalated", "recovered");

  public Route {
    events = Set.copyOf(events);
    severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
    followUps = Set.copyOf(followUps);
    for (String kind : union(events, followUps)) {
      if (!EVENTS.contains(kind)) {
        throw new IllegalArgumentException("unknown notice kind '" + kind + "'; known: " + EVENTS);
      }
    }
  }

  /** What a notifier of {@code type} hears of when its configuration says nothing. */
  public static Route defaults(String type) {
    Set<Severity> all = EnumSet.allOf(Severity.class);
    return switch (Objects.requireNonNull(type, "type")) {
      case "pagerduty" ->
          new Route(
              Set.of("escalated", "approval"),
              EnumSet.of(Severity.CRITICAL, Severity.HIGH),
              Set.of("resolved", "recovered"));
      case "github" -> new Route(Set.of("escalated"), all, Set.of("resolved", "recovered"));
      default -> new Route(CHAT, all, Set.of());
    };
  }

  /**
   * This route with what the configuration wrote: written events replace the events (and are no
   * longer follow-ups), written severities replace the severities.
   */
  public Route with(Optional<Set<String>> written, Optional<Set<Severity>> writtenSeverities) {
    Set<String> kinds = written.orElse(events);
    return new Route(
        kinds,
        writtenSeverities.orElse(severities),
        followUps.stream().filter(k -> !kinds.contains(k)).collect(Collectors.toSet()));
  }

  /** Whether a notice of this kind and severity goes out without looking at history. */
  public boolean wants(Notice notice) {
    return events.contains(notice.kind()) && severities.contains(notice.incident().severity());
  }

  /** Whether a notice goes out if the notifier already heard of its incident. */
  public boolean followsUp(Notice notice) {
    return followUps.contains(notice.kind());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }
}
