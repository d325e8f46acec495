package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.diagnosis.RootCause;
import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.testing.FakeMetricSource;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KnownErrorMatcherTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final MetricCondition TOO_MANY_CLIENTS =
      MetricCondition.parse("redis_connected_clients > 280").orThrow();
  private static final String MAX_CLIENTS = "max number of clients reached";
  private static final Sample AT_LIMIT = new Sample("redis_connected_clients{instance=\"a\"}", 300);
  private static final Sample IDLE = new Sample("redis_connected_clients{instance=\"b\"}", 12);

  /** The seed's known error: Redis out of connections, with all three signals. */
  private static final KnownError POOL_EXHAUSTED =
      knownError("ke-001", signature("redis", MAX_CLIENTS, TOO_MANY_CLIENTS));

  private final FakeMetricSource metrics = new FakeMetricSource();

  @Test
  void matchesWhenTheNodeTheLogLineAndTheMetricAllHold() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(AT_LIMIT));

    Match match =
        matcher(POOL_EXHAUSTED)
            .match(
                diagnosis(
                    finding("consumer", HealthStatus.UNHEALTHY),
                    finding("redis", HealthStatus.UNHEALTHY, "ERR " + MAX_CLIENTS)));

    assertThat(match)
        .isEqualTo(
            new Match.Matched(
                POOL_EXHAUSTED,
                List.of(
                    "redis is unhealthy: redis says unhealthy",
                    "log /" + MAX_CLIENTS + "/ matched: ERR " + MAX_CLIENTS,
                    "metric condition holds: redis_connected_clients > 280")));
  }

  @Test
  void matchesANodeOnlySignatureOnAnyAbnormalHealth() {
    KnownError anyFailure = knownError("ke-002", signature("redis"));

    Match match = matcher(anyFailure).match(diagnosis(finding("redis", HealthStatus.DEGRADED)));

    assertThat(match)
        .isEqualTo(
            new Match.Matched(anyFailure, List.of("redis is degraded: redis says degraded")));
  }

  @Test
  void doesNotMatchAHealthyNodeAndDoesNotQueryItsMetric() {
    Match match =
        matcher(POOL_EXHAUSTED)
            .match(diagnosis(finding("redis", HealthStatus.HEALTHY, "ERR " + MAX_CLIENTS)));

    assertThat(match).isEqualTo(new Match.NoMatch(List.of("ke-001: redis is healthy")));
    assertThat(metrics.askedConditions()).isEmpty();
  }

  @Test
  void doesNotMatchANodeThatCouldNotBeChecked() {
    Match match = matcher(POOL_EXHAUSTED).match(diagnosis(finding("redis", HealthStatus.UNKNOWN)));

    assertThat(match).isEqualTo(new Match.NoMatch(List.of("ke-001: redis is unknown")));
  }

  @Test
  void doesNotMatchWhenNoRecentErrorLineMatchesTheLogPattern() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(AT_LIMIT));

    Match match =
        matcher(POOL_EXHAUSTED)
            .match(
                diagnosis(finding("redis", HealthStatus.UNHEALTHY, "ERR OOM command not allowed")));

    assertThat(match)
        .isEqualTo(
            new Match.NoMatch(
                List.of("ke-001: no recent error line of redis matches /" + MAX_CLIENTS + "/")));
  }

  @Test
  void looksForTheLogPatternOnlyInTheSignatureNodesOwnLines() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(AT_LIMIT));

    Match match =
        matcher(POOL_EXHAUSTED)
            .match(
                diagnosis(
                    finding("consumer", HealthStatus.UNHEALTHY, "redis: " + MAX_CLIENTS),
                    finding("redis", HealthStatus.UNHEALTHY)));

    assertThat(match).isInstanceOf(Match.NoMatch.class);
  }

  @Test
  void doesNotMatchWhenTheMetricConditionHoldsForNoSeries() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(IDLE));

    Match match = matcher(POOL_EXHAUSTED).match(brokenRedis());

    assertThat(match)
        .isEqualTo(
            new Match.NoMatch(
                List.of(
                    "ke-001: redis_connected_clients > 280 does not hold"
                        + " ([redis_connected_clients{instance=\"b\"} = 12])")));
  }

  @Test
  void doesNotMatchWhenTheMetricHasNoSeries() {
    Match match = matcher(POOL_EXHAUSTED).match(brokenRedis());

    assertThat(match)
        .isEqualTo(new Match.NoMatch(List.of("ke-001: no series for redis_connected_clients")));
  }

  @Test
  void doesNotMatchWhenTheMetricIsUnavailable() {
    metrics.answer(TOO_MANY_CLIENTS, new MetricReading.Unavailable("Prometheus timed out", true));

    Match match = matcher(POOL_EXHAUSTED).match(brokenRedis());

    assertThat(match)
        .isEqualTo(
            new Match.NoMatch(
                List.of(
                    "ke-001: metric redis_connected_clients unavailable: Prometheus timed out")));
  }

  @Test
  void matchesWhenTheMetricConditionHoldsForSomeSeries() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(IDLE, AT_LIMIT));

    assertThat(matcher(POOL_EXHAUSTED).match(brokenRedis())).isInstanceOf(Match.Matched.class);
  }

  @Test
  void doesNotConsiderASignatureWhoseNodeWasNotWalked() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(AT_LIMIT));

    Match match =
        matcher(POOL_EXHAUSTED)
            .match(diagnosis(finding("consumer", HealthStatus.UNHEALTHY, "ERR " + MAX_CLIENTS)));

    assertThat(match).isEqualTo(new Match.NoMatch(List.of()));
    assertThat(metrics.askedConditions()).isEmpty();
  }

  @Test
  void givesTheFailedSignalOfEveryCandidateInTheOrderListed() {
    KnownError consumerStuck = knownError("ke-003", signature("consumer", "rebalance"));

    Match match =
        matcher(consumerStuck, POOL_EXHAUSTED)
            .match(
                diagnosis(
                    finding("consumer", HealthStatus.UNHEALTHY),
                    finding("redis", HealthStatus.HEALTHY)));

    assertThat(match)
        .isEqualTo(
            new Match.NoMatch(
                List.of(
                    "ke-003: no recent error line of consumer matches /rebalance/",
                    "ke-001: redis is healthy")));
  }

  @Test
  void prefersTheMatchWithMoreSignals() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(AT_LIMIT));
    KnownError anyFailure = knownError("ke-002", signature("redis"));
    KnownError logOnly = knownError("ke-004", signature("redis", MAX_CLIENTS));

    Match match = matcher(anyFailure, POOL_EXHAUSTED, logOnly).match(brokenRedis());

    assertThat(matched(match)).isEqualTo(POOL_EXHAUSTED);
  }

  @Test
  void prefersTheFirstListedOfEquallySpecificMatches() {
    KnownError first = knownError("ke-010", signature("redis", "clients"));
    KnownError second = knownError("ke-011", signature("redis", "reached"));

    assertThat(matched(matcher(first, second).match(brokenRedis()))).isEqualTo(first);
    assertThat(matched(matcher(second, first).match(brokenRedis()))).isEqualTo(second);
  }

  // A symptom's known error (its stale log line still in the window) must not win over the
  // known error of the node the walk located as the root cause, when both are equally specific.
  @Test
  void prefersTheMatchAtTheLocatedRootCauseOfEquallySpecificMatches() {
    KnownError atConsumer = knownError("ke-004", signature("consumer", "exited"));
    KnownError atRedis = knownError("ke-005", signature("redis", "not responding"));
    Diagnosis redisIsTheCause =
        new Diagnosis(
            new SlaId("freshness"),
            T0,
            T0,
            List.of(
                finding("consumer", HealthStatus.UNHEALTHY, "consumer exited (137)"),
                finding("redis", HealthStatus.UNHEALTHY, "ERR Redis is not responding")),
            new RootCause.Located(List.of(new NodeId("redis")), "redis is abnormal"));

    assertThat(matched(matcher(atConsumer, atRedis).match(redisIsTheCause))).isEqualTo(atRedis);
  }

  @Test
  void saysAConditionHoldsWhenTheSignatureHasNone() {
    assertThat(matcher().conditionHolds(signature("redis", MAX_CLIENTS))).isTrue();
    assertThat(metrics.askedConditions()).isEmpty();
  }

  @Test
  void saysAConditionHoldsWhileSomeSeriesStillSatisfiesIt() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(IDLE, AT_LIMIT));

    assertThat(matcher().conditionHolds(POOL_EXHAUSTED.signature())).isTrue();
  }

  @Test
  void saysAConditionNoLongerHoldsOnceNoSeriesSatisfiesIt() {
    metrics.answer(TOO_MANY_CLIENTS, FakeMetricSource.series(IDLE));

    assertThat(matcher().conditionHolds(POOL_EXHAUSTED.signature())).isFalse();
  }

  @Test
  void saysAConditionDoesNotHoldWhenTheMetricIsUnavailable() {
    metrics.answer(TOO_MANY_CLIENTS, new MetricReading.Unavailable("Prometheus timed out", true));

    assertThat(matcher().conditionHolds(POOL_EXHAUSTED.signature())).isFalse();
  }

  private KnownErrorMatcher matcher(KnownError... errors) {
    List<KnownError> all = List.of(errors);
    return new KnownErrorMatcher(() -> all, metrics);
  }

  /** Redis unhealthy with the "max clients" error line. */
  private static Diagnosis brokenRedis() {
    return diagnosis(finding("redis", HealthStatus.UNHEALTHY, "ERR " + MAX_CLIENTS));
  }

  private static Diagnosis diagnosis(NodeFinding... findings) {
    return new Diagnosis(
        new SlaId("freshness"), T0, T0, List.of(findings), new RootCause.NoneFound("not used"));
  }

  private static NodeFinding finding(String node, HealthStatus status, String... errors) {
    Health health = new Health(status, OptionalDouble.empty(), node + " says " + status);
    List<LogLine> lines = Arrays.stream(errors).map(e -> new LogLine(T0, e)).toList();
    return new NodeFinding(new NodeId(node), health, lines, List.of(), List.of());
  }

  private static Signature signature(String node) {
    return new Signature(new NodeId(node), Optional.empty(), Optional.empty());
  }

  private static Signature signature(String node, String logPattern) {
    return new Signature(
        new NodeId(node), Optional.of(LogPattern.of(logPattern)), Optional.empty());
  }

  private static Signature signature(String node, String logPattern, MetricCondition condition) {
    return new Signature(
        new NodeId(node), Optional.of(LogPattern.of(logPattern)), Optional.of(condition));
  }

  private static KnownError knownError(String id, Signature signature) {
    return new KnownError(
        new KnownErrorId(id),
        signature,
        "the root cause of " + id,
        new Fix(FixType.ESCALATE, List.of()),
        Severity.HIGH,
        History.NONE);
  }

  private static KnownError matched(Match match) {
    assertThat(match).isInstanceOf(Match.Matched.class);
    return ((Match.Matched) match).error();
  }
}
