package dev.nightshift.core.sla;

import java.util.Objects;
import java.util.regex.Pattern;

/** The name of a business SLA, as written under {@code metrics:} in the dependency tree. */
public record SlaId(String value) implements Comparable<SlaId> {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]*");

  public SlaId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid SLA name: '" + value + "'");
    }
  }

  /** Whether {@code value} is a valid SLA name. */
  public static boolean isValid(String value) {
    return SHAPE.matcher(value).matches();
  }

  @Override
  public int compareTo(SlaId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
