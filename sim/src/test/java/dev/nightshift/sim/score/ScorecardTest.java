package dev.nightshift.sim.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.sim.SimFixtures;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Expectations;
import dev.nightshift.sim.scenario.IncidentExpectations;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private static final ActionResult KILL =
      new ActionResult("docker_exec", "redis", ActionOutcome.EXECUTED, "ok");

  /** What the agent did in the issue's example: everything right. */
  private static final DrillOutcome GOOD =
      new DrillOutcome(
          true,
          Optional.of(Duration.ofSeconds(15)),
          Optional.of("redis_instance"),
          Optional.of("ke-001"),
          List.of(KILL),
          List.of("docker_exec"),
          false,
          true,
          false,
          Optional.of(Duration.ofSeconds(48)),
          0);

  /** What a broken agent did: nothing. */
  private static final DrillOutcome NOTHING =
      new DrillOutcome(
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          true,
          false,
          true,
          Optional.empty(),
          2);

  private static final Expectations ISSUE_EXAMPLE =
      new Expectations(
          Optional.of(true),
          Optional.of("redis_instance"),
          Optional.of("ke-001"),
          Optional.of(List.of("docker_exec")),
          Optional.of(false),
          Optional.of(true),
          Optional.of(false),
          Optional.of(Duration.ofSeconds(30)),
          Optional.of(Duration.ofMinutes(3)),
          Optional.of(0));

  private static Scenario expecting(Expectations expect) {
    Scenario s = SimFixtures.scenario(Baseline.EMPTY);
    return new Scenario(
        "redis-client-exhaustion",
        s.configPath(),
        s.phase(),
        s.killSwitch(),
        s.duration(),
        s.start(),
        s.tick(),
        s.latency(),
        s.baseline(),
        s.faults(),
        s.approvals(),
        s.alerts(),
        expect,
        s.source());
  }

  @Test
  void passesWhenEveryExpectationHolds() {
    DrillResult result = Scorecard.score(expecting(ISSUE_EXAMPLE), GOOD);

    assertThat(result.passed()).isTrue();
    assertThat(result.checks())
        .containsExactly(
            new Check("detected", "true", "true", true),
            new Check("root_cause", "redis_instance", "redis_instance", true),
            new Check("known_error", "ke-001", "ke-001", true),
            new Check("actions", "[docker_exec]", "[docker_exec]", true),
            new Check("approval_requested", "false", "false", true),
            new Check("resolved", "true", "true", true),
            new Check("escalated", "false", "false", true),
            new Check("max_detection_latency", "30s", "15s", true),
            new Check("max_mttr", "3m", "48s", true),
            new Check("policy_violations", "0", "0", true));
    assertThat(result.scenario()).isEqualTo("redis-client-exhaustion");
    assertThat(result.actions()).containsExactly(KILL);
    assertThat(result.mttr()).contains(Duration.ofSeconds(48));
  }

  @Test
  void failsEveryExpectationThatDoesNotHold() {
    DrillResult result = Scorecard.score(expecting(ISSUE_EXAMPLE), NOTHING);

    assertThat(result.passed()).isFalse();
    assertThat(result.failures())
        .containsExactly(
            new Check("detected", "true", "false", false),
            new Check("root_cause", "redis_instance", "none", false),
            new Check("known_error", "ke-001", "none", false),
            new Check("actions", "[docker_exec]", "[]", false),
            new Check("approval_requested", "false", "true", false),
            new Check("resolved", "true", "false", false),
            new Check("escalated", "false", "true", false),
            new Check("max_detection_latency", "30s", "never", false),
            new Check("max_mttr", "3m", "never", false),
            new Check("policy_violations", "0", "2", false));
  }

  @Test
  void noneExpectsThatNothingWasFound() {
    Expectations none =
        new Expectations(
            Optional.empty(),
            Optional.of("none"),
            Optional.of("none"),
            Optional.of(List.of()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    assertThat(Scorecard.score(expecting(none), NOTHING).passed()).isTrue();
    assertThat(Scorecard.score(expecting(none), GOOD).failures())
        .containsExactly(
            new Check("root_cause", "none", "redis_instance", false),
            new Check("known_error", "none", "ke-001", false),
            new Check("actions", "[]", "[docker_exec]", false));
  }

  @Test
  void aLatencyOverTheLimitFails() {
    Expectations fast =
        new Expectations(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Duration.ofSeconds(10)),
            Optional.of(Duration.ofSeconds(48)),
            Optional.empty());

    assertThat(Scorecard.score(expecting(fast), GOOD).checks())
        .containsExactly(
            new Check("max_detection_latency", "10s", "15s", false),
            new Check("max_mttr", "48s", "48s", true));
  }

  @Test
  void checksOnlyWhatTheScenarioExpects() {
    DrillResult result = Scorecard.score(expecting(Expectations.NOTHING), NOTHING);

    assertThat(result.checks()).isEmpty();
    assertThat(result.passed()).isTrue();
  }

  @Test
  void actionsCompareTypesInOrder() {
    Expectations twice =
        new Expectations(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(List.of("supervisor_restart", "docker_exec")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    DrillOutcome reversed =
        new DrillOutcome(
            true,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of("docker_exec", "supervisor_restart"),
            false,
            true,
            false,
            Optional.empty(),
            0);

    assertThat(Scorecard.score(expecting(twice), reversed).passed()).isFalse();
  }

  @Test
  void formatsALatencyBeforeTheFirstFaultAsNegative() {
    assertThat(Scorecard.format(Duration.ofMillis(-5250))).isEqualTo("-5s250ms");
    assertThat(Scorecard.format(Duration.ofNanos(1_500_000_001))).isEqualTo("1s500ms");
  }

  @Test
  void checksTheReasonerCallsTheLearnedKnownErrorsAndEachIncident() {
    IncidentExpectations fromMemory =
        new IncidentExpectations(
            Optional.empty(),
            Optional.of("learned-1"),
            Optional.of(List.of("supervisor_restart")),
            Optional.of(false),
            Optional.of(true),
            Optional.empty());
    Expectations learning =
        new Expectations(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(1),
            Optional.of(List.of("learned-1")),
            Optional.of(List.of(fromMemory)));
    DrillOutcome asked =
        new DrillOutcome(
            true,
            Optional.of(Duration.ofSeconds(15)),
            Optional.of("kafka_to_redis_consumer"),
            Optional.empty(),
            List.of(),
            List.of("supervisor_restart"),
            true,
            true,
            false,
            Optional.of(Duration.ofMinutes(8)),
            0,
            2,
            List.of(),
            List.of(
                new IncidentOutcome(
                    Optional.of("kafka_to_redis_consumer"),
                    Optional.empty(),
                    List.of("supervisor_restart"),
                    true,
                    true,
                    false),
                new IncidentOutcome(
                    Optional.empty(), Optional.empty(), List.of(), false, false, true)));

    assertThat(Scorecard.score(expecting(learning), asked).failures())
        .containsExactly(
            new Check("reasoner_calls", "1", "2", false),
            new Check("learned", "[learned-1]", "[]", false),
            new Check("incidents", "1", "2", false),
            new Check("incidents[0].known_error", "learned-1", "none", false),
            new Check("incidents[0].approval_requested", "false", "true", false));
  }
}
