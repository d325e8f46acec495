package dev.nightshift.core.pipeline;

import static dev.nightshift.core.pipeline.AgentWorld.FEW_CLIENTS;
import static dev.nightshift.core.pipeline.AgentWorld.KE_001;
import static dev.nightshift.core.pipeline.AgentWorld.T0;
import static dev.nightshift.core.pipeline.AgentWorld.TICK;
import static dev.nightshift.core.pipeline.AgentWorld.VERIFY_TIMEOUT;
import static dev.nightshift.core.pipeline.AgentWorld.minutes;
import static dev.nightshift.core.pipeline.AgentWorld.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.testing.RecordingExecutor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Running a fix's steps on a manual clock: a failed action or a failed verify is a failed attempt,
 * the next attempt starts from a fresh walk, and after {@code attempts_per_incident} the incident
 * goes to a human.
 */
class RemediationTest {

  private static final String KILL = "docker_exec on redis (container/redis) (drop idle clients)";

  private final AgentWorld world = new AgentWorld();

  @Test
  void escalatesAnIncidentWhoseHandlingHitsABugAndKeepsTheAuditChainIntact() {
    world.redisOutOfClients();
    world.executor.throwing(new IllegalStateException("docker socket vanished"));

    world.at(Duration.ZERO);

    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo(
            "Nightshift failed while handling it (a bug; please report it):"
                + " java.lang.IllegalStateException: docker socket vanished");
    assertThat(world.incident(1).report()).isPresent();
    assertThat(dev.nightshift.core.audit.AuditChain.verify(world.stores.audit().entries()))
        .isInstanceOf(dev.nightshift.core.audit.AuditChain.Check.Intact.class);
  }

  @Test
  void retriesAFailedActionAfterItsCooldownFromAFreshWalkThenEscalates() {
    world.attempts = 2;
    world.redisOutOfClients();
    world.executor.failing("redis-cli: Connection refused", true);

    // t=0: the first attempt's kill fails.
    world.at(Duration.ZERO);
    assertThat(world.message(1, EventType.ACTION_FAILED))
        .isEqualTo(KILL + " failed: redis-cli: Connection refused");
    assertThat(world.state(1)).isEqualTo(IncidentState.DIAGNOSING);
    assertThat(world.messages(1, EventType.STATE_CHANGED))
        .contains(
            "remediating -> diagnosing: attempt 1 failed ("
                + KILL
                + " failed: redis-cli: Connection refused); trying again");

    // t=5s: a fresh walk, the same known error, and the same target is in its cooldown.
    world.runTo(seconds(5));
    assertThat(world.messages(1, EventType.DIAGNOSED)).hasSize(2);
    assertThat(world.messages(1, EventType.KNOWN_ERROR_MATCHED)).hasSize(2);
    assertThat(world.messages(1, EventType.POLICY_DECISION).getLast())
        .isEqualTo(
            KILL
                + ": hold — container/redis was acted on at 2026-03-02T10:00:00Z (incident 1);"
                + " cooldown 5m: retrying at 2026-03-02T10:05:00Z");
    assertThat(world.state(1)).isEqualTo(IncidentState.REMEDIATING);

    world.runTo(minutes(5).minus(TICK));
    assertThat(world.executor.calls()).hasSize(1);

    // t=5m: the cooldown is over; the retry fails too, and that was the last attempt.
    world.runTo(minutes(5));
    assertThat(world.executor.calls())
        .extracting(RecordingExecutor.Call::key)
        .containsExactly(IdempotencyKey.of(1, 1, 0), IdempotencyKey.of(1, 2, 0));
    assertThat(world.messages(1, EventType.ACTION_FAILED)).hasSize(2);
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo("attempt 2 of 2 failed: " + KILL + " failed: redis-cli: Connection refused");
    assertThat(world.actions(1))
        .extracting(ActionRecord::outcome, ActionRecord::at)
        .containsExactly(
            tuple(ActionOutcome.FAILED, T0), tuple(ActionOutcome.FAILED, T0.plus(minutes(5))));
  }

  @Test
  void countsEveryFailedAttemptButOneOccurrence() {
    world.attempts = 2;
    world.redisOutOfClients();
    world.executor.failing("redis-cli: Connection refused", true);

    world.at(Duration.ZERO);
    world.runTo(minutes(5));

    KnownErrorStats stats = world.stats(KE_001);
    assertThat(stats.occurrences()).isEqualTo(1);
    assertThat(stats.failures()).isEqualTo(2);
    assertThat(stats.successes()).isZero();
  }

  @Test
  void keepsPollingAnUnavailableVerifyUntilItsTimeoutThenFailsTheAttempt() {
    world.attempts = 1;
    world.redisOutOfClients();
    world.metrics.answer(FEW_CLIENTS, new MetricReading.Unavailable("prometheus timed out", true));

    world.at(Duration.ZERO);
    assertThat(world.executor.calls()).hasSize(1);

    world.runTo(VERIFY_TIMEOUT.minus(TICK));
    assertThat(world.state(1)).isEqualTo(IncidentState.VERIFYING);
    assertThat(world.messages(1, EventType.VERIFY_FAILED)).isEmpty();

    world.runTo(VERIFY_TIMEOUT);
    assertThat(world.metrics.askedConditions())
        .filteredOn(FEW_CLIENTS::equals)
        .hasSize((int) (VERIFY_TIMEOUT.toSeconds() / TICK.toSeconds()) + 1);
    assertThat(world.message(1, EventType.VERIFY_FAILED))
        .isEqualTo(
            "redis_connected_clients < 100 did not hold within 60s: unavailable: prometheus timed"
                + " out");
    assertThat(world.state(1)).isEqualTo(IncidentState.ESCALATED);
    assertThat(world.message(1, EventType.ESCALATED))
        .isEqualTo(
            "attempt 1 of 1 failed: redis_connected_clients < 100 did not hold within 60s:"
                + " unavailable: prometheus timed out");
    assertThat(world.stats(KE_001).failures()).isEqualTo(1);
    assertThat(world.executor.calls()).hasSize(1);
  }
}
