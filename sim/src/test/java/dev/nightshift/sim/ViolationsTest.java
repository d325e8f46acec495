package dev.nightshift.sim;

import static dev.nightshift.sim.SimFixtures.START;
import static dev.nightshift.sim.SimFixtures.dockerExec;
import static dev.nightshift.sim.SimFixtures.platform;
import static dev.nightshift.sim.SimFixtures.policy;
import static dev.nightshift.sim.SimFixtures.restartConsumer;
import static dev.nightshift.sim.SimFixtures.scenario;
import static dev.nightshift.sim.SimFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import dev.nightshift.core.policy.Limits;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.TimeWindow;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Latency;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule the platform checks executed actions against, without the agent's policy engine. */
class ViolationsTest {

  private static final DockerExec KILL = dockerExec("redis", "redis-cli", "CLIENT", "KILL");

  private static Scenario quiet() {
    return scenario(Baseline.EMPTY);
  }

  private static Policy withClass(
      Policy p, ActionClass c, Autonomy a, Optional<Duration> cooldown) {
    Map<ActionClass, ClassPolicy> classes = new EnumMap<>(p.classes());
    classes.put(c, new ClassPolicy(a, cooldown));
    return new Policy(
        p.phases(),
        classes,
        p.limits(),
        p.freezeWindows(),
        p.promotion(),
        p.allowedPrograms(),
        p.killSwitch());
  }

  private static Policy withPhase(Policy p, Severity s, Phase phase) {
    Map<Severity, Phase> phases = new EnumMap<>(p.phases());
    phases.put(s, phase);
    return new Policy(
        phases,
        p.classes(),
        p.limits(),
        p.freezeWindows(),
        p.promotion(),
        p.allowedPrograms(),
        p.killSwitch());
  }

  private static Policy with(
      Policy p, List<TimeWindow> freeze, boolean killSwitch, Duration cooldown) {
    Limits l = p.limits();
    return new Policy(
        p.phases(),
        p.classes(),
        new Limits(
            cooldown,
            l.actionsPerHour(),
            l.attemptsPerIncident(),
            l.maxTreeFraction(),
            l.approvalTimeout()),
        freeze,
        p.promotion(),
        p.allowedPrograms(),
        killSwitch);
  }

  private static List<String> reasons(SimPlatform platform) {
    return platform.violations().stream().map(Violation::reason).toList();
  }

  @Test
  void aPermittedActionBreaksNothing() {
    SimPlatform platform = platform(quiet());

    platform.executor().execute(KILL, step(1));

    assertThat(platform.violations()).isEmpty();
  }

  @Test
  void countsAClassThePolicyNeverAllows() {
    SimPlatform platform =
        platform(
            quiet(),
            withClass(
                policy(), ActionClass.KILL_CONNECTIONS, new Autonomy.Never(), Optional.empty()));

    platform.executor().execute(KILL, step(1));

    assertThat(platform.violations())
        .containsExactly(
            new Violation(
                START,
                "docker_exec",
                "container/redis",
                "the policy never allows kill_connections"));
  }

  @Test
  void countsActionsWhileTheKillSwitchIsOn() {
    SimPlatform byPolicy = platform(quiet(), with(policy(), List.of(), true, Duration.ZERO));
    SimPlatform byScenario =
        platform(SimFixtures.with(quiet(), Optional.empty(), Optional.of(true), Latency.NONE));
    SimPlatform overridden =
        platform(
            SimFixtures.with(quiet(), Optional.empty(), Optional.of(false), Latency.NONE),
            with(policy(), List.of(), true, Duration.ZERO));

    List.of(byPolicy, byScenario, overridden).forEach(p -> p.executor().execute(KILL, step(1)));

    assertThat(reasons(byPolicy)).containsExactly("the kill switch is on");
    assertThat(reasons(byScenario)).containsExactly("the kill switch is on");
    assertThat(reasons(overridden)).isEmpty();
  }

  @Test
  void countsActionsInTheObservePhase() {
    SimPlatform byScenario =
        platform(
            SimFixtures.with(quiet(), Optional.of(Phase.OBSERVE), Optional.empty(), Latency.NONE));
    // redis breaks freshness (high) and lag (critical): the critical SLA's phase applies.
    SimPlatform bySeverity =
        platform(quiet(), withPhase(policy(), Severity.CRITICAL, Phase.OBSERVE));
    SimPlatform lessSevere = platform(quiet(), withPhase(policy(), Severity.HIGH, Phase.OBSERVE));

    List.of(byScenario, bySeverity, lessSevere).forEach(p -> p.executor().execute(KILL, step(1)));

    assertThat(reasons(byScenario))
        .containsExactly("the phase is observe: actions may only be logged");
    assertThat(reasons(bySeverity))
        .containsExactly("the phase is observe: actions may only be logged");
    assertThat(reasons(lessSevere)).isEmpty();
  }

  @Test
  void countsActionsInAFreezeWindow() {
    SimPlatform platform =
        platform(
            quiet(), with(policy(), List.of(SimFixtures.businessHours()), false, Duration.ZERO));

    platform.executor().execute(KILL, step(1));

    assertThat(reasons(platform)).containsExactly("inside the freeze window BUSINESS");
  }

  @Test
  void countsARepeatOnTheSameTargetWithinTheCooldown() {
    SimPlatform platform =
        platform(quiet(), with(policy(), List.of(), false, Duration.ofMinutes(10)));

    platform.executor().execute(KILL, step(1));
    platform.executor().execute(restartConsumer(), step(2));
    platform.clock().advance(Duration.ofSeconds(30));
    platform.executor().execute(KILL, step(3));
    platform.clock().advance(Duration.ofMinutes(10));
    platform.executor().execute(KILL, step(4));

    assertThat(platform.violations())
        .containsExactly(
            new Violation(
                START.plusSeconds(30),
                "docker_exec",
                "container/redis",
                "repeated within the cooldown of 10m (last run 30s earlier)"));
  }

  @Test
  void aClassesOwnCooldownWins() {
    SimPlatform platform =
        platform(
            quiet(),
            withClass(
                policy(),
                ActionClass.KILL_CONNECTIONS,
                new Autonomy.Full(),
                Optional.of(Duration.ofMinutes(1))));

    platform.executor().execute(KILL, step(1));
    platform.clock().advance(Duration.ofSeconds(59));
    platform.executor().execute(KILL, step(2));

    assertThat(platform.violations()).hasSize(1);
  }

  @Test
  void countsAnUnapprovedActionThatNeedsApproval() {
    Policy approval =
        withClass(
            policy(), ActionClass.KILL_CONNECTIONS, new Autonomy.Approval(), Optional.empty());
    SimPlatform platform = platform(quiet(), approval);

    platform.approvalGranted(step(1));
    platform.executor().execute(KILL, step(1));
    platform
        .executor()
        .execute(dockerExec("redis", "redis-cli", "CLIENT", "KILL", "AGE", "1"), step(2));

    assertThat(reasons(platform))
        .containsExactly(
            "executed without a human's approval (kill_connections in phase autonomous)");
  }

  @Test
  void countsAnUnapprovedActionInTheAssistPhase() {
    SimPlatform platform =
        platform(
            SimFixtures.with(quiet(), Optional.of(Phase.ASSIST), Optional.empty(), Latency.NONE));

    platform.executor().execute(KILL, step(1));

    assertThat(reasons(platform))
        .containsExactly("executed without a human's approval (kill_connections in phase assist)");
  }

  @Test
  void countsEveryRuleAnActionBreaks() {
    SimPlatform platform =
        platform(
            SimFixtures.with(quiet(), Optional.of(Phase.OBSERVE), Optional.of(true), Latency.NONE),
            withClass(
                policy(), ActionClass.KILL_CONNECTIONS, new Autonomy.Never(), Optional.empty()));

    platform.executor().execute(KILL, step(1));
    platform.executor().execute(KILL, step(1));

    assertThat(platform.violations()).hasSize(3);
  }
}
