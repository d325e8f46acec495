package dev.nightshift.sim.score;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.sim.scenario.Expectations;
import dev.nightshift.sim.scenario.IncidentExpectations;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what happened in a drill with what its scenario expects: one check per expectation the
 * scenario writes, and a pass only when every one holds.
 */
public final class Scorecard {

  /** What a latency that never happened reads as. */
  static final String NEVER = "never";

  private Scorecard() {}

  public static DrillResult score(Scenario scenario, DrillOutcome actual) {
    List<Check> checks = checks(scenario.expect(), actual);
    return new DrillResult(
        scenario.name(),
        checks.stream().allMatch(Check::ok),
        actual.detected(),
        actual.detectionLatency(),
        actual.rootCause(),
        actual.knownError(),
        actual.actions(),
        actual.resolved(),
        actual.escalated(),
        actual.mttr(),
        actual.policyViolations(),
        checks);
  }

  /** The checks, in the order of the keys in the scenario format. */
  public static List<Check> checks(Expectations expect, DrillOutcome actual) {
    List<Check> checks = new ArrayList<>();
    expect.detected().ifPresent(e -> checks.add(flag("detected", e, actual.detected())));
    expect.rootCause().ifPresent(e -> checks.add(named("root_cause", e, actual.rootCause())));
    expect.knownError().ifPresent(e -> checks.add(named("known_error", e, actual.knownError())));
    expect.actions().ifPresent(e -> checks.add(actions(e, actual.executed())));
    expect
        .approvalRequested()
        .ifPresent(e -> checks.add(flag("approval_requested", e, actual.approvalRequested())));
    expect.resolved().ifPresent(e -> checks.add(flag("resolved", e, actual.resolved())));
    expect.escalated().ifPresent(e -> checks.add(flag("escalated", e, actual.escalated())));
    expect
        .maxDetectionLatency()
        .ifPresent(e -> checks.add(limit("max_detection_latency", e, actual.detectionLatency())));
    expect.maxMttr().ifPresent(e -> checks.add(limit("max_mttr", e, actual.mttr())));
    expect
        .policyViolations()
        .ifPresent(e -> checks.add(count("policy_violations", e, actual.policyViolations())));
    expect
        .reasonerCalls()
        .ifPresent(e -> checks.add(count("reasoner_calls", e, actual.reasonerCalls())));
    expect
        .learned()
        .ifPresent(e ->
            checks.add(
                new Check(
                    "learned",
                    e.toString(),
                    actual.learned().toString(),
                    e.equals(actual.learned()))));
    expect.incidents().ifPresent(e -> checks.addAll(incidents(e, actual.incidents())));
    return checks;
  }

  /** One check of the count, then one per key each incident's expectations write. */
  private static List<Check> incidents(
      List<IncidentExpectations> expected, List<IncidentOutcome> actual) {
    List<Check> checks = new ArrayList<>();
    checks.add(count("incidents", expected.size(), actual.size()));
    for (int i = 0; i < expected.size() && i < actual.size(); i++) {
      IncidentExpectations e = expected.get(i);
      IncidentOutcome a = actual.get(i);
      String at = "incidents[" + i + "].";
      e.rootCause().ifPresent(x -> checks.add(named(at + "root_cause", x, a.rootCause())));
      e.knownError().ifPresent(x -> checks.add(named(at + "known_error", x, a.knownError())));
      e.actions()
          .ifPresent(x ->
              checks.add(
                  new Check(
                      at + "actions",
                      x.toString(),
                      a.executed().toString(),
                      x.equals(a.executed()))));
      e.approvalRequested()
          .ifPresent(x -> checks.add(flag(at + "approval_requested", x, a.approvalRequested())));
      e.resolved().ifPresent(x -> checks.add(flag(at + "resolved", x, a.resolved())));
      e.escalated().ifPresent(x -> checks.add(flag(at + "escalated", x, a.escalated())));
    }
    return checks;
  }

  private static Check flag(String name, boolean expected, boolean actual) {
    return new Check(
        name, Boolean.toString(expected), Boolean.toString(actual), expected == actual);
  }

  /** An id, or {@code none} for "there is none". */
  private static Check named(String name, String expected, Optional<String> actual) {
    boolean ok =
        expected.equals(Expectations.NONE)
            ? actual.isEmpty()
            : actual.filter(expected::equals).isPresent();
    return new Check(name, expected, actual.orElse(Expectations.NONE), ok);
  }

  private static Check actions(List<String> expected, List<String> actual) {
    return new Check("actions", expected.toString(), actual.toString(), expected.equals(actual));
  }

  /** At most {@code max}; a time that never came fails. */
  private static Check limit(String name, Duration max, Optional<Duration> actual) {
    boolean ok = actual.filter(a -> a.compareTo(max) <= 0).isPresent();
    return new Check(name, format(max), actual.map(Scorecard::format).orElse(NEVER), ok);
  }

  private static Check count(String name, int expected, int actual) {
    return new Check(
        name, Integer.toString(expected), Integer.toString(actual), expected == actual);
  }

  /** {@code 1m30s}; negative (an incident before the first fault) as {@code -5s}. */
  static String format(Duration duration) {
    Duration millis = duration.truncatedTo(ChronoUnit.MILLIS);
    return millis.isNegative()
        ? "-" + Durations.format(millis.negated())
        : Durations.format(millis);
  }
}
