package dev.nightshift.sim;

import static dev.nightshift.sim.SimFixtures.CONSUMER;
import static dev.nightshift.sim.SimFixtures.FEED;
import static dev.nightshift.sim.SimFixtures.START;
import static dev.nightshift.sim.SimFixtures.platform;
import static dev.nightshift.sim.SimFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimLogsTest {

  private static final String EXHAUSTED = "ERROR Redis connection pool exhausted, retrying in 5s";

  private static Fault pool(Optional<Duration> clearsAfter) {
    Effect effect =
        new Effect(Optional.empty(), Map.of(), List.of(EXHAUSTED, "INFO retrying"), false);
    return new Fault(
        "pool",
        Duration.ofSeconds(60),
        Map.of(CONSUMER, effect),
        Map.of(),
        List.of(),
        clearsAfter,
        Duration.ZERO);
  }

  private static List<LogLine> errors(SimPlatform platform, Duration since) {
    var node = SimFixtures.tree().require(CONSUMER);
    return ((LogReading.Lines) platform.logs().recentErrors(node, since)).lines();
  }

  private static void at(SimPlatform platform, int seconds) {
    platform.clock().advanceTo(START.plusSeconds(seconds));
  }

  @Test
  void aFaultsLinesAreRepeatedWhileItIsActiveAndFilteredByTheErrorPattern() {
    SimPlatform platform = platform(scenario(Baseline.EMPTY, pool(Optional.empty())));

    assertThat(errors(platform, Duration.ofMinutes(5))).isEmpty();
    at(platform, 72);
    assertThat(errors(platform, Duration.ofMinutes(5)))
        .containsExactly(new LogLine(START.plusSeconds(70), EXHAUSTED));
    assertThat(errors(platform, Duration.ofSeconds(1))).isEmpty();
  }

  @Test
  void linesWrittenBeforeAFaultEndedStayInTheWindow() {
    SimPlatform platform =
        platform(scenario(Baseline.EMPTY, pool(Optional.of(Duration.ofSeconds(12)))));

    at(platform, 100);

    assertThat(errors(platform, Duration.ofMinutes(1)))
        .containsExactly(new LogLine(START.plusSeconds(70), EXHAUSTED));
    assertThat(errors(platform, Duration.ofSeconds(20))).isEmpty();
  }

  @Test
  void aNodeWithoutLogsHasNoLines() {
    Fault feed =
        new Fault(
            "feed",
            Duration.ZERO,
            Map.of(FEED, new Effect(Optional.empty(), Map.of(), List.of("ERROR gone"), false)),
            Map.of(),
            List.of(),
            Optional.empty(),
            Duration.ZERO);
    SimPlatform platform = platform(scenario(Baseline.EMPTY, feed));

    var node = SimFixtures.tree().require(FEED);
    assertThat(platform.logs().recentErrors(node, Duration.ofMinutes(5)))
        .isEqualTo(new LogReading.Lines(List.of()));
  }

  @Test
  void baselineLinesAreWrittenAllAlong() {
    Baseline noisy =
        new Baseline(
            Map.of(),
            Map.of(
                CONSUMER, new Effect(Optional.empty(), Map.of(), List.of("ERROR flaky"), false)));
    SimPlatform platform = platform(scenario(noisy));

    at(platform, 33);

    assertThat(errors(platform, Duration.ofSeconds(5)))
        .containsExactly(new LogLine(START.plusSeconds(30), "ERROR flaky"));
  }
}
