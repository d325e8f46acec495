package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixTest {

  private static final Action RESTART =
      new SupervisorRestart(
          Target.of(Optional.of(new NodeId("writer")), "process", "primary:writer"),
          Optional.empty(),
          "primary:writer",
          Optional.empty());
  private static final Step WAIT = new Step.Wait(Duration.ofSeconds(30), Optional.empty());
  private static final Step VERIFY =
      new Step.Verify(
          MetricCondition.parse("redis_connected_clients < 280").orThrow(),
          Step.Verify.DEFAULT_TIMEOUT,
          Optional.empty());
  private static final Step ESCALATE = new Step.Escalate("still failing", true, Optional.empty());

  @Test
  void letsAnAutomatedFixRunActionsBetweenOtherSteps() {
    Fix fix = new Fix(FixType.AUTOMATED, List.of(RESTART, WAIT, VERIFY, ESCALATE));

    assertThat(fix.steps()).containsExactly(RESTART, WAIT, VERIFY, ESCALATE);
    assertThat(fix.actions()).containsExactly(RESTART);
  }

  @Test
  void letsTheOtherFixesWaitVerifyAndEscalate() {
    assertThat(new Fix(FixType.WAIT_AND_VERIFY, List.of(WAIT, VERIFY, ESCALATE)).actions())
        .isEmpty();
    assertThat(new Fix(FixType.ESCALATE, List.of(ESCALATE)).actions()).isEmpty();
  }

  @Test
  void rejectsActionsInAWaitAndVerifyFix() {
    assertThatThrownBy(() -> new Fix(FixType.WAIT_AND_VERIFY, List.of(WAIT, RESTART)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fix of type wait_and_verify cannot contain actions");
  }

  @Test
  void rejectsActionsInAnEscalateFix() {
    assertThatThrownBy(() -> new Fix(FixType.ESCALATE, List.of(RESTART)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(" escalate cannot contain actions");
  }

  @Test
  void namesAnEscalateFixWithCorrectGrammar() {
    assertThatThrownBy(() -> new Fix(FixType.ESCALATE, List.of(RESTART)))
        .hasMessage("a fix of type escalate cannot contain actions");
  }

  @Test
  void keepsItsOwnCopyOfTheSteps() {
    List<Step> steps = new ArrayList<>(List.of(WAIT));
    Fix fix = new Fix(FixType.WAIT_AND_VERIFY, steps);

    steps.add(RESTART);

    assertThat(fix.steps()).containsExactly(WAIT);
  }
}
