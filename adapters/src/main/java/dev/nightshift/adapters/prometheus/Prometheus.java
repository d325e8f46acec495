package dev.nightshift.adapters.prometheus;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Prometheus as the agent's metric source and prober, through its HTTP API: every call has the
 * endpoint's (or the check's) timeout, and every failure is a value naming Prometheus and the
 * expression, never an exception and never "healthy".
 */
public final class Prometheus implements MetricSource, AutoCloseable {

  private static final String QUERY = "/api/v1/query";
  private static final String QUERY_RANGE = "/api/v1/query_range";

  private final Endpoint endpoint;
  private final Clock clock;
  private final PrometheusApi api;

  private Prometheus(Endpoint endpoint, Clock clock) {
    this.endpoint = endpoint;
    this.clock = clock;
    this.api = new PrometheusApi(endpoint);
  }

  /**
   * A client for the Prometheus at {@code endpoint}; instant queries are evaluated at {@code
   * clock}'s now. Nothing is sent until the first query.
   */
  public static Prometheus connect(Endpoint endpoint, Clock clock) {
    return new Prometheus(
        Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(clock, "clock"));
  }

  /** Evaluates an instant-vector or scalar expression now; no matching series is unavailable. */
  @Override
  public MetricReading query(String promql) {
    return query(promql, endpoint.timeout());
  }

  /** The values of the condition's left-hand side, every series, for the caller to compare. */
  @Override
  public MetricReading values(MetricCondition condition) {
    return query(PromQl.leftHandSide(condition));
  }

  /**
   * Evaluates an expression at each {@code step} from {@code start} to {@code end}: a metric before
   * and after a fix, for a report.
   */
  public MetricRange range(String promql, Instant start, Instant end, Duration step) {
    requireExpression(promql);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the range ends before it starts: " + start + " " + end);
    }
    if (step.isZero() || step.isNegative()) {
      throw new IllegalArgumentException("the step must be positive: " + step);
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("query", promql);
    form.put("start", seconds(start));
    form.put("end", seconds(end));
    form.put("step", seconds(step));
    form.put("timeout", seconds(endpoint.timeout()));
    return switch (api.call(QUERY_RANGE, form, promql, endpoint.timeout())) {
      case PrometheusApi.Answer.Data d -> PrometheusResults.range(d.data(), promql);
      case PrometheusApi.Answer.Failed f -> new MetricRange.Unavailable(f.reason(), f.retryable());
    };
  }

  /** Healthy when every series of the condition's left-hand side satisfies its bound. */
  public Health probe(Healthcheck.PromQlCondition check) {
    MetricCondition condition = check.condition();
    return Verdicts.of(query(PromQl.leftHandSide(condition), timeout(check)), condition.bound());
  }

  /** Healthy when every series (or the scalar) of the expression satisfies the bound. */
  public Health probe(Healthcheck.PromQlQuery check) {
    return Verdicts.of(query(check.expression(), timeout(check)), check.bound());
  }

  @Override
  public void close() {
    api.close();
  }

  private MetricReading query(String promql, Duration timeout) {
    requireExpression(promql);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("query", promql);
    form.put("time", seconds(clock.instant()));
    // Prometheus abandons the evaluation too, instead of working on for nobody.
    form.put("timeout", seconds(timeout));
    return switch (api.call(QUERY, form, promql, timeout)) {
      case PrometheusApi.Answer.Data d -> PrometheusResults.instant(d.data(), promql);
      case PrometheusApi.Answer.Failed f ->
          new MetricReading.Unavailable(f.reason(), f.retryable());
    };
  }

  private Duration timeout(Healthcheck check) {
    return check.timeout().orElse(endpoint.timeout());
  }

  private static void requireExpression(String promql) {
    if (promql.isBlank()) {
      throw new IllegalArgumentException("the PromQL expression is empty");
    }
  }

  /** Unix seconds with milliseconds, a form every Prometheus API parameter accepts. */
  static String seconds(Instant at) {
    return BigDecimal.valueOf(at.toEpochMilli(), 3).toPlainString();
  }

  static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3).toPlainString();
  }
}
