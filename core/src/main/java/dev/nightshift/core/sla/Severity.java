package dev.nightshift.core.sla;

import java.util.Locale;

/** How bad a breach is; the policy chooses the phase (observe, assist, autonomous) by severity. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  /** The name users write in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return yamlName();
  }
}
