package dev.nightshift.core.testing;

import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.telemetry.Sample;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Metric readings scripted per PromQL query and per condition; anything not scripted answers with
 * no series, as Prometheus does for a metric nobody exports. Remembers what it was asked; safe to
 * call from many threads.
 */
public final class FakeMetricSource implements MetricSource {

  private final Map<String, MetricReading> queries = new ConcurrentHashMap<>();
  private final Map<MetricCondition, MetricReading> conditions = new ConcurrentHashMap<>();
  private final Queue<String> askedQueries = new ConcurrentLinkedQueue<>();
  private final Queue<MetricCondition> askedConditions = new ConcurrentLinkedQueue<>();

  /** The query {@code promql} answers {@code reading}. */
  public FakeMetricSource answer(String promql, MetricReading reading) {
    queries.put(promql, reading);
    return this;
  }

  /** The left-hand side of {@code condition} answers {@code reading}. */
  public FakeMetricSource answer(MetricCondition condition, MetricReading reading) {
    conditions.put(condition, reading);
    return this;
  }

  /** A reading of the given samples. */
  public static MetricReading.Values series(Sample... samples) {
    return new MetricReading.Values(List.of(samples));
  }

  /** The queries asked, in order. */
  public List<String> askedQueries() {
    return List.copyOf(askedQueries);
  }

  /** The conditions asked about, in order. */
  public List<MetricCondition> askedConditions() {
    return List.copyOf(askedConditions);
  }

  @Override
  public MetricReading query(String promql) {
    askedQueries.add(promql);
    return queries.getOrDefault(promql, series());
  }

  @Override
  public MetricReading values(MetricCondition condition) {
    askedConditions.add(condition);
    return conditions.getOrDefault(condition, series());
  }
}
