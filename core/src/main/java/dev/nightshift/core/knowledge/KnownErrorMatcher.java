package dev.nightshift.core.knowledge;

import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Matches a diagnosis against the known errors. A signature matches only when every signal it names
 * holds: its node was walked and is unhealthy or degraded, its log pattern is in that node's recent
 * error lines, its metric condition holds now. When several match, the one with more signals wins,
 * then the one whose node is where the walk located the root cause, then the one listed first.
 */
public final class KnownErrorMatcher {

  private final Supplier<List<KnownError>> errors;
  private final MetricSource metrics;

  /**
   * @param errors the known errors as they are at each match: learned ones join while it runs
   */
  public KnownErrorMatcher(Supplier<List<KnownError>> errors, MetricSource metrics) {
    this.errors = Objects.requireNonNull(errors, "errors");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  public Match match(Diagnosis diagnosis) {
    List<Match.Matched> matched = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (KnownError error : errors.get()) {
      Optional<NodeFinding> finding = diagnosis.finding(error.signature().node());
      if (finding.isEmpty()) {
        continue; // not on this SLA's path: not a candidate at all
      }
      List<String> evidence = new ArrayList<>();
      Optional<String> failed = firstFailedSignal(error.signature(), finding.get(), evidence);
      if (failed.isPresent()) {
        reasons.add(error.id() + ": " + failed.get());
      } else {
        matched.add(new Match.Matched(error, evidence));
      }
    }
    Optional<NodeId> cause = diagnosis.primaryCause();
    return matched.stream()
        .max(
            Comparator.comparingInt((Match.Matched m) -> signals(m.error().signature()))
                .thenComparing(m -> cause.equals(Optional.of(m.error().signature().node()))))
        .<Match>map(m -> m)
        .orElseGet(() -> new Match.NoMatch(reasons));
  }

  /** Whether the signature's metric condition still holds now: the re-check before acting. */
  public boolean conditionHolds(Signature signature) {
    return signature.metricCondition().map(c -> holds(c).isEmpty()).orElse(true);
  }

  private Optional<String> firstFailedSignal(
      Signature signature, NodeFinding finding, List<String> evidence) {
    if (!finding.status().isAbnormal()) {
      return Optional.of(signature.node() + " is " + finding.status());
    }
    evidence.add(signature.node() + " is " + finding.status() + ": " + finding.health().reason());
    if (signature.logPattern().isPresent()) {
      LogPattern pattern = signature.logPattern().get();
      Optional<LogLine> line =
          finding.errors().stream().filter(l -> pattern.matches(l.text())).findFirst();
      if (line.isEmpty()) {
        return Optional.of(
            "no recent error line of " + signature.node() + " matches /" + pattern + "/");
      }
      evidence.add("log /" + pattern + "/ matched: " + line.get().text());
    }
    if (signature.metricCondition().isPresent()) {
      MetricCondition condition = signature.metricCondition().get();
      Optional<String> failed = holds(condition);
      if (failed.isPresent()) {
        return failed;
      }
      evidence.add("metric condition holds: " + condition);
    }
    return Optional.empty();
  }

  // Empty when the condition holds for some series; otherwise why not.
  private Optional<String> holds(MetricCondition condition) {
    return switch (metrics.values(condition)) {
      case MetricReading.Values v when v.any(condition.bound()) -> Optional.empty();
      case MetricReading.Values v ->
          Optional.of(
              v.samples().isEmpty()
                  ? "no series for " + condition.selector()
                  : condition + " does not hold (" + v.samples() + ")");
      case MetricReading.Unavailable u ->
          Optional.of("metric " + condition.selector() + " unavailable: " + u.reason());
    };
  }

  private static int signals(Signature s) {
    return 1 + (s.logPattern().isPresent() ? 1 : 0) + (s.metricCondition().isPresent() ? 1 : 0);
  }
}
