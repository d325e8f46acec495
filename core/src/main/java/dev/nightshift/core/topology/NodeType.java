package dev.nightshift.core.topology;

import java.util.Locale;

/** What kind of thing a node is; it decides what may be done to it ({@link #EXTERNAL}: nothing). */
public enum NodeType {
  PROCESS,
  CONTAINER,
  SERVICE,
  WORKLOAD,
  KAFKA_TOPIC,
  DATABASE,
  INFRASTRUCTURE,
  HOST,
  EXTERNAL;

  /** The name users write in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the agent may ever act on a node of this type (external systems are detect-only). */
  public boolean isActionable() {
    return this != EXTERNAL;
  }

  @Override
  public String toString() {
    return yamlName();
  }
}
