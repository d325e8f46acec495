package dev.nightshift.core.knowledge;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the file says about a known error's past (the seed's {@code first_seen}, {@code last_seen},
 * {@code occurrence_count}, {@code resolution_time_avg}); live statistics are kept in the store and
 * start from these.
 */
public record History(
    Optional<LocalDate> firstSeen,
    Optional<LocalDate> lastSeen,
    long occurrenceCount,
    Optional<Duration> resolutionTimeAvg) {

  public static final History NONE =
      new History(Optional.empty(), Optional.empty(), 0, Optional.empty());

  public History {
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    if (occurrenceCount < 0) {
      throw new IllegalArgumentException("occurrence count must be >= 0: " + occurrenceCount);
    }
    Objects.requireNonNull(resolutionTimeAvg, "resolutionTimeAvg");
  }
}
