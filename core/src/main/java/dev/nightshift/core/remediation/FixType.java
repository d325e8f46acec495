package dev.nightshift.core.remediation;

import java.util.Locale;

/**
 * What kind of knowledge a fix is: run the steps ({@code automated}), let the system's own retry
 * recover and check ({@code wait_and_verify}), or hand it to a human ({@code escalate}).
 */
public enum FixType {
  AUTOMATED,
  WAIT_AND_VERIFY,
  ESCALATE;

  /** The name users write in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return yamlName();
  }
}
