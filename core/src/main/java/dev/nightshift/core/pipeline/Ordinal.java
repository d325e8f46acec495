package dev.nightshift.core.pipeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a record sorts in a memory store: by its time, then by the order it was first stored in,
 * which is how the SQLite store orders the same rows (by time, then by row id).
 */
record Ordinal(Instant at, long sequence) implements Comparable<Ordinal> {

  private static final Comparator<Ordinal> ORDER =
      Comparator.comparing(Ordinal::at).thenComparingLong(Ordinal::sequence);

  Ordinal {
    Objects.requireNonNull(at, "at");
  }

  /** Sorts before every ordinal at or after {@code at}. */
  static Ordinal first(Instant at) {
    return new Ordinal(at, Long.MIN_VALUE);
  }

  @Override
  public int compareTo(Ordinal other) {
    return ORDER.compare(this, other);
  }
}
