package dev.nightshift.core.notify;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.notify.IncidentReport.Hypothesis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads the reasoner's answer back from the {@code hypothesized} event the pipeline recorded. */
final class Hypotheses {

  private Hypotheses() {}

  /** The latest answer, if the reasoner was asked. */
  static Optional<Hypothesis> of(TimelineFacts facts) {
    return facts.last(EventType.HYPOTHESIZED).map(Hypotheses::hypothesis);
  }

  /** What the reasoner told a human to do next. */
  static List<String> nextSteps(TimelineFacts facts) {
    return facts
        .last(EventType.HYPOTHESIZED)
        .map(e -> lines(e.facts().get("next_steps")))
        .orElse(List.of());
  }

  private static Hypothesis hypothesis(TimelineEvent e) {
    Map<String, String> f = e.facts();
    return new Hypothesis(
        f.getOrDefault("reasoner", "the reasoner"),
        f.getOrDefault("outcome", "unanswered"),
        e.message(),
        text(f.get("root_cause")),
        text(f.get("explanation")),
        lines(f.get("evidence")),
        text(f.get("step")),
        text(f.get("confidence")),
        lines(f.get("problems")));
  }

  private static Optional<String> text(@Nullable String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static List<String> lines(@Nullable String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
