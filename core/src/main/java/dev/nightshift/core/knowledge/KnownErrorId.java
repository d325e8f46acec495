package dev.nightshift.core.knowledge;

import java.util.Objects;
import java.util.regex.Pattern;

/** The id of a known error, e.g. {@code ke-001}. */
public record KnownErrorId(String value) implements Comparable<KnownErrorId> {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]*");

  public KnownErrorId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid known error id: '" + value + "'");
    }
  }

  public static boolean isValid(String value) {
    return SHAPE.matcher(value).matches();
  }

  @Override
  public int compareTo(KnownErrorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
