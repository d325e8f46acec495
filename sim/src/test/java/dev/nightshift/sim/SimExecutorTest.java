package dev.nightshift.sim;

import static dev.nightshift.sim.SimFixtures.REDIS;
import static dev.nightshift.sim.SimFixtures.START;
import static dev.nightshift.sim.SimFixtures.clientKill;
import static dev.nightshift.sim.SimFixtures.dockerExec;
import static dev.nightshift.sim.SimFixtures.fault;
import static dev.nightshift.sim.SimFixtures.platform;
import static dev.nightshift.sim.SimFixtures.restartConsumer;
import static dev.nightshift.sim.SimFixtures.scenario;
import static dev.nightshift.sim.SimFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Effect;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimExecutorTest {

  private static final ExecutionResult CLEARED =
      new ExecutionResult.Succeeded("simulated: cleared pool");
  private static final ExecutionResult NOTHING =
      new ExecutionResult.Succeeded("simulated: no fault cleared");

  private static SimPlatform poolAt(int seconds) {
    return platform(
        scenario(
            Baseline.EMPTY,
            fault(
                "pool",
                Duration.ofSeconds(seconds),
                Map.of(REDIS, Effect.health(HealthStatus.UNHEALTHY)),
                clientKill())));
  }

  @Test
  void aFixThatMatchesNoRuleRunsButDoesNotHelp() {
    SimPlatform platform = poolAt(0);

    assertThat(platform.executor().execute(restartConsumer(), step(1))).isEqualTo(NOTHING);
    assertThat(platform.executor().execute(dockerExec("redis", "redis-cli", "PING"), step(2)))
        .isEqualTo(NOTHING);

    assertThat(platform.activeFaults()).containsExactly("pool");
    assertThat(platform.executed()).hasSize(2);
  }

  @Test
  void anActionBeforeTheFaultStartsDoesNotPreventIt() {
    SimPlatform platform = poolAt(60);

    ExecutionResult early =
        platform.executor().execute(dockerExec("redis", "redis-cli", "CLIENT", "KILL"), step(1));
    platform.clock().advanceTo(START.plusSeconds(60));

    assertThat(early).isEqualTo(NOTHING);
    assertThat(platform.activeFaults()).containsExactly("pool");
  }

  @Test
  void aRepeatedKeyReturnsTheEarlierResultAndRunsNothing() {
    SimPlatform platform = poolAt(0);

    ExecutionResult first =
        platform.executor().execute(dockerExec("redis", "redis-cli", "CLIENT", "KILL"), step(1));
    ExecutionResult again =
        platform.executor().execute(dockerExec("redis", "redis-cli", "CLIENT", "KILL"), step(1));

    assertThat(first).isEqualTo(CLEARED);
    assertThat(again).isEqualTo(CLEARED);
    assertThat(platform.executed()).hasSize(1);
    assertThat(platform.executed().getFirst().cleared()).isEqualTo(List.of("pool"));
  }
}
