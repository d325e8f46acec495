package dev.nightshift.core.telemetry;

/** Where metric values come from: Prometheus in production, the simulator in drills. */
public interface MetricSource {

  /** Evaluates a PromQL expression now (an SLI query, a node's evidence metric). */
  MetricReading query(String promql);

  /**
   * The values of a condition's left-hand side now (the selector with its range function applied);
   * the caller compares them with the condition's bound.
   */
  MetricReading values(MetricCondition condition);
}
