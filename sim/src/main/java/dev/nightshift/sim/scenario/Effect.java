package dev.nightshift.sim.scenario;

import dev.nightshift.core.telemetry.HealthStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one node looks like while a fault is active (or in the baseline): its health if the scenario
 * fixes it, metric values, the error lines it writes, and whether it stopped logging.
 *
 * @param health the health every probe of the node reports; empty to evaluate its healthcheck
 *     against the simulated values
 * @param metrics series values; series are global, the node only groups them
 * @param logs lines the node writes repeatedly while the effect is in force
 * @param loggingStopped whether the node writes no lines at all (drives {@code log_recency})
 */
public record Effect(
    Optional<HealthStatus> health,
    Map<SeriesKey, ValueSpec> metrics,
    List<String> logs,
    boolean loggingStopped) {

  /** A node as the baseline leaves it when the scenario says nothing about it. */
  public static final Effect NONE = new Effect(Optional.empty(), Map.of(), List.of(), false);

  public Effect {
    Objects.requireNonNull(health, "health");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    logs = List.copyOf(logs);
  }

  public static Effect health(HealthStatus health) {
    return new Effect(Optional.of(health), Map.of(), List.of(), false);
  }

  public static Effect metrics(Map<SeriesKey, ValueSpec> metrics) {
    return new Effect(Optional.empty(), metrics, List.of(), false);
  }
}
