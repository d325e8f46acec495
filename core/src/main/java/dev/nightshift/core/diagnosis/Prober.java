package dev.nightshift.core.diagnosis;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;

/** Runs healthchecks: one method per {@link Healthcheck} kind behind a single call. */
public interface Prober {

  /**
   * Runs the check against the thing at {@code where} (a node's coordinates, or none for an SLA
   * probe). Never throws for an unreachable target: that is an unhealthy or unknown result.
   */
  Health check(Healthcheck check, Coordinates where);
}
