package dev.nightshift.core.telemetry;

/** What a check says about a node; {@code UNKNOWN} is never read as healthy. */
public enum HealthStatus {
  HEALTHY,
  DEGRADED,
  UNHEALTHY,
  UNKNOWN;

  /** Unhealthy or degraded: the node shows a problem. */
  public boolean isAbnormal() {
    return this == DEGRADED || this == UNHEALTHY;
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
