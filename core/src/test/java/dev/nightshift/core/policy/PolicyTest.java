package dev.nightshift.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.TimeWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyTest {

  private static final Limits LIMITS =
      new Limits(Duration.ofMinutes(5), 10, 3, 0.2, Duration.ofMinutes(15));
  private static final PromotionGate GATE = new PromotionGate(50, 0.9, 0);

  @Test
  void givesThePhaseOfEachSeverity() {
    Map<Severity, Phase> phases = allPhases(Phase.OBSERVE);
    phases.put(Severity.LOW, Phase.AUTONOMOUS);
    Policy policy = policy(phases, allClasses());

    assertThat(policy.phase(Severity.LOW)).isEqualTo(Phase.AUTONOMOUS);
    assertThat(policy.phase(Severity.CRITICAL)).isEqualTo(Phase.OBSERVE);
  }

  @Test
  void requiresAPhaseForEverySeverity() {
    Map<Severity, Phase> phases = allPhases(Phase.ASSIST);
    phases.remove(Severity.LOW);
    phases.remove(Severity.HIGH);

    assertThatThrownBy(() -> policy(phases, allClasses()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the policy has no phase for [high, low]");
  }

  @Test
  void requiresAnEntryForEveryActionClass() {
    Map<ActionClass, ClassPolicy> classes = allClasses();
    classes.remove(ActionClass.CLUSTER_OPS);

    assertThatThrownBy(() -> policy(allPhases(Phase.ASSIST), classes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(" action class for [cluster_ops]");
  }

  @Test
  void namesAMissingActionClassWithCorrectGrammar() {
    Map<ActionClass, ClassPolicy> classes = allClasses();
    classes.remove(ActionClass.CLUSTER_OPS);

    assertThatThrownBy(() -> policy(allPhases(Phase.ASSIST), classes))
        .hasMessage("the policy has no action class for [cluster_ops]");
  }

  @Test
  void givesTheAutonomyOfEachClass() {
    Map<ActionClass, ClassPolicy> classes = allClasses();
    classes.put(
        ActionClass.RESTART_PROCESS,
        ClassPolicy.of(new Autonomy.AfterFailure(Duration.ofMinutes(5))));

    Policy policy = policy(allPhases(Phase.ASSIST), classes);

    assertThat(policy.autonomy(ActionClass.RESTART_PROCESS))
        .isEqualTo(new Autonomy.AfterFailure(Duration.ofMinutes(5)));
    assertThat(policy.autonomy(ActionClass.DELETE_DATA)).isEqualTo(new Autonomy.Never());
  }

  @Test
  void prefersTheClassesOwnCooldownOverTheGlobalOne() {
    Map<ActionClass, ClassPolicy> classes = allClasses();
    classes.put(
        ActionClass.RESTART_CONTAINER,
        new ClassPolicy(new Autonomy.Approval(), Optional.of(Duration.ofMinutes(30))));
    classes.put(ActionClass.READ, new ClassPolicy(new Autonomy.Full(), Optional.of(Duration.ZERO)));

    Policy policy = policy(allPhases(Phase.ASSIST), classes);

    assertThat(policy.cooldown(ActionClass.RESTART_CONTAINER)).isEqualTo(Duration.ofMinutes(30));
    assertThat(policy.cooldown(ActionClass.READ)).isEqualTo(Duration.ZERO);
    assertThat(policy.cooldown(ActionClass.SCALE)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void keepsItsOwnCopiesOfItsCollections() {
    Map<Severity, Phase> phases = allPhases(Phase.ASSIST);
    Map<ActionClass, ClassPolicy> classes = allClasses();
    List<TimeWindow> freezes = new ArrayList<>(List.of(TimeWindow.always()));
    Set<String> programs = new HashSet<>(Set.of("redis-cli"));
    Policy policy = new Policy(phases, classes, LIMITS, freezes, GATE, programs, false);

    phases.put(Severity.LOW, Phase.AUTONOMOUS);
    classes.put(ActionClass.READ, ClassPolicy.of(new Autonomy.Never()));
    freezes.clear();
    programs.add("rm");

    assertThat(policy.phase(Severity.LOW)).isEqualTo(Phase.ASSIST);
    assertThat(policy.autonomy(ActionClass.READ)).isEqualTo(new Autonomy.Full());
    assertThat(policy.freezeWindows()).containsExactly(TimeWindow.always());
    assertThat(policy.allowedPrograms()).containsExactly("redis-cli");
    assertThatThrownBy(() -> policy.phases().put(Severity.LOW, Phase.OBSERVE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Policy policy(Map<Severity, Phase> phases, Map<ActionClass, ClassPolicy> classes) {
    return new Policy(phases, classes, LIMITS, List.of(), GATE, Set.of(), false);
  }

  private static Map<Severity, Phase> allPhases(Phase phase) {
    Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      phases.put(severity, phase);
    }
    return phases;
  }

  // Reads are free, data deletion and cluster operations never happen, the rest need approval.
  private static Map<ActionClass, ClassPolicy> allClasses() {
    Map<ActionClass, ClassPolicy> classes = new EnumMap<>(ActionClass.class);
    for (ActionClass actionClass : ActionClass.values()) {
      Autonomy autonomy =
          switch (actionClass) {
            case READ -> new Autonomy.Full();
            case DELETE_DATA, CLUSTER_OPS -> new Autonomy.Never();
            default -> new Autonomy.Approval();
          };
      classes.put(actionClass, ClassPolicy.of(autonomy));
    }
    return classes;
  }
}
