package dev.nightshift.sim;

import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.LabelMatcher;
import dev.nightshift.core.telemetry.MatchOp;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.Sample;
import dev.nightshift.core.telemetry.Selector;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Runs a healthcheck against the simulated values as the real probe would against the platform:
 * consumer lag, metric conditions, Redis INFO fields and log recency are measured; the methods that
 * only reach a process or a port pass, unless a fault fixes the node's health.
 */
final class NativeChecks {

  /** The metric a Kafka exporter reports consumer-group lag as. */
  static final String LAG_METRIC = "kafka_consumer_group_lag";

  /** The prefix redis_exporter gives an INFO field ({@code connected_clients}). */
  static final String REDIS_PREFIX = "redis_";

  private final Series series;
  private final World world;

  NativeChecks(Series series, World world) {
    this.series = series;
    this.world = world;
  }

  /** The check's verdict from the values; empty when the values it reads are absent. */
  Optional<Health> evaluate(Healthcheck check, Optional<NodeId> node, Instant at) {
    return switch (check) {
      case Healthcheck.ConsumerLag c -> consumerLag(c, at);
      case Healthcheck.LogRecency l -> Optional.of(logRecency(l, node, at));
      case Healthcheck.PromQlCondition p -> condition(p.condition(), at);
      case Healthcheck.PromQlQuery q -> query(q, at);
      case Healthcheck.Redis r ->
          r.condition()
              .map(c -> condition(redisMetric(c), at))
              .orElseGet(() -> Optional.of(Health.healthy("simulated: PING answered")));
      case Healthcheck.TopicFreshness t -> passes(t);
      case Healthcheck.TcpConnect t -> passes(t);
      case Healthcheck.Http h -> passes(h);
      case Healthcheck.SupervisorState s -> passes(s);
      case Healthcheck.Command c -> passes(c);
    };
  }

  private static Optional<Health> passes(Healthcheck check) {
    return Optional.of(Health.healthy("simulated: " + check.method() + " passes"));
  }

  private Optional<Health> consumerLag(Healthcheck.ConsumerLag check, Instant at) {
    List<LabelMatcher> matchers = new ArrayList<>();
    matchers.add(new LabelMatcher("group", MatchOp.EQUAL, check.consumerGroup()));
    check.topic().ifPresent(t -> matchers.add(new LabelMatcher("topic", MatchOp.EQUAL, t)));
    OptionalDouble lag =
        series.values(new Selector(LAG_METRIC, matchers), at).stream()
            .mapToDouble(Sample::value)
            .max();
    if (lag.isEmpty()) {
      return Optional.empty();
    }
    double value = lag.getAsDouble();
    boolean healthy = value <= check.lagThreshold();
    String reason =
        "simulated: consumer group %s lags %s %s %d"
            .formatted(
                check.consumerGroup(),
                Quantity.formatNumber(value),
                healthy ? "<=" : ">",
                check.lagThreshold());
    return Optional.of(Health.measured(status(healthy), value, reason));
  }

  private Health logRecency(Healthcheck.LogRecency check, Optional<NodeId> node, Instant at) {
    Optional<Instant> silent = node.flatMap(n -> world.silentSince(n, at));
    if (silent.isEmpty()) {
      return Health.measured(HealthStatus.HEALTHY, 0, "simulated: the node logs continuously");
    }
    Duration age = Duration.between(silent.get(), at);
    boolean healthy = age.compareTo(check.maxAge()) <= 0;
    String reason =
        "simulated: last log line %ss ago (max %ss)"
            .formatted(
                Quantity.formatNumber(Levels.seconds(age)),
                Quantity.formatNumber(Levels.seconds(check.maxAge())));
    return Health.measured(status(healthy), Levels.seconds(age), reason);
  }

  /** A condition states what healthy looks like: healthy when every series satisfies it. */
  private Optional<Health> condition(MetricCondition condition, Instant at) {
    List<Sample> samples = series.values(condition, at);
    return verdict(samples, condition.bound(), condition.toString());
  }

  private Optional<Health> query(Healthcheck.PromQlQuery check, Instant at) {
    Optional<SimQuery> query = SimQuery.parse(check.expression());
    if (query.isEmpty()) {
      return Optional.of(Health.healthy("simulated: the expression is not simulated"));
    }
    List<Sample> samples = series.values(query.get().selector(), at);
    if (query.get().aggregation().isPresent()) {
      OptionalDouble folded =
          query.get().aggregate(samples.stream().mapToDouble(Sample::value).toArray());
      samples =
          folded.isPresent()
              ? List.of(new Sample(check.expression(), folded.getAsDouble()))
              : List.of();
    }
    return verdict(samples, check.bound(), check.expression() + " " + check.bound());
  }

  private static Optional<Health> verdict(List<Sample> samples, Bound bound, String condition) {
    if (samples.isEmpty()) {
      return Optional.empty();
    }
    Optional<Sample> failing = samples.stream().filter(s -> !bound.test(s.value())).findFirst();
    Sample shown = failing.orElse(samples.getFirst());
    String reason =
        "simulated: %s, so '%s' %s"
            .formatted(shown, condition, failing.isPresent() ? "does not hold" : "holds");
    return Optional.of(Health.measured(status(failing.isEmpty()), shown.value(), reason));
  }

  /** An INFO field condition ({@code connected_clients < 280}) on redis_exporter's metric. */
  private static MetricCondition redisMetric(MetricCondition condition) {
    Selector selector = condition.selector();
    String metric =
        selector.metric().startsWith(REDIS_PREFIX)
            ? selector.metric()
            : REDIS_PREFIX + selector.metric();
    return new MetricCondition(
        new Selector(metric, selector.matchers()),
        condition.function(),
        condition.explicitWindow(),
        condition.bound());
  }

  private static HealthStatus status(boolean healthy) {
    return healthy ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY;
  }
}
