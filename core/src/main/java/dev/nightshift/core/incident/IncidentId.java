package dev.nightshift.core.incident;

/** An incident's number, assigned by the store, short enough to type in {@code approve 12}. */
public record IncidentId(long value) implements Comparable<IncidentId> {

  public IncidentId {
    if (value < 1) {
      throw new IllegalArgumentException("an incident id is a positive number: " + value);
    }
  }

  @Override
  public int compareTo(IncidentId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
