package dev.nightshift.core.remediation;

import java.util.Locale;

/**
 * The risk class of an action; the policy grants autonomy per class (reads always, process restarts
 * after a failure has persisted, data deletion never). Ordered from least to most risky.
 */
public enum ActionClass {
  READ,
  RESTART_PROCESS,
  KILL_CONNECTIONS,
  CONFIG_TWEAK,
  RESTART_CONTAINER,
  SCALE,
  ROLLBACK,
  FAILOVER,
  DELETE_DATA,
  CLUSTER_OPS;

  /** The name users write in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return yamlName();
  }
}
