package dev.nightshift.core.topology;

import java.util.Objects;
import java.util.regex.Pattern;

/** The id of a node in the dependency tree, unique across the whole tree. */
public record NodeId(String value) implements Comparable<NodeId> {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]*");

  public NodeId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid node id: '" + value + "'");
    }
  }

  /** Whether {@code value} is a valid node id. */
  public static boolean isValid(String value) {
    return SHAPE.matcher(value).matches();
  }

  @Override
  public int compareTo(NodeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
