package dev.nightshift.adapters.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code command} healthcheck read from real programs' exit codes. */
class CommandsProbeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Commands commands =
      Commands.allowing(Set.of("true", "false", "ls", "sleep"), TIMEOUT);

  @Test
  void isHealthyWhenTheProgramExitsWithTheExpectedCode() {
    Health health = commands.probe(check(List.of("true"), 0), TIMEOUT);

    assertThat(health)
        .isEqualTo(
            new Health(HealthStatus.HEALTHY, OptionalDouble.of(0), "true exited 0 (want 0)"));
  }

  @Test
  void anExpectedNonZeroExitIsHealthy() {
    Health health = commands.probe(check(List.of("false"), 1), TIMEOUT);

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.value()).hasValue(1);
  }

  @Test
  void isUnhealthyWithTheExitCodeAndOutputWhenTheCodeDiffers() {
    Health health = commands.probe(check(List.of("ls", "/nightshift/missing"), 0), TIMEOUT);

    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.value()).hasValue(2);
    assertThat(health.reason())
        .startsWith("ls exited 2: ")
        .contains("No such file or directory")
        .endsWith("(want 0)");
  }

  @Test
  void isUnhealthyWhenTheProgramDoesNotAnswerInTime() {
    Healthcheck.Command check =
        new Healthcheck.Command(List.of("sleep", "30"), 0, Optional.of(Duration.ofMillis(300)));

    Health health = commands.probe(check, TIMEOUT);

    assertThat(health)
        .isEqualTo(
            Health.unhealthy("sleep timed out after 300ms and was killed with its descendants"));
  }

  @Test
  void isUnknownWhenTheProgramMayNotRun() {
    Health health = commands.probe(check(List.of("rm", "-rf", "/"), 0), TIMEOUT);

    assertThat(health)
        .isEqualTo(
            Health.unknown("program 'rm' is not in the allow-list [false, ls, sleep, true]"));
  }

  private static Healthcheck.Command check(List<String> argv, int expectExit) {
    return new Healthcheck.Command(argv, expectExit, Optional.empty());
  }
}
