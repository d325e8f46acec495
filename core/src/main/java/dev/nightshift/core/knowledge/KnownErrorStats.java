package dev.nightshift.core.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agent has learned about one known error by running into it: how often, when, and how
 * well its fix works. Kept in the store; known_errors.yaml only gives the starting counts.
 *
 * @param resolutions how many resolutions {@code totalTimeToResolve} sums over
 */
public record KnownErrorStats(
    KnownErrorId id,
    long occurrences,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    long successes,
    long failures,
    long resolutions,
    Duration totalTimeToResolve) {

  public KnownErrorStats {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(totalTimeToResolve, "totalTimeToResolve");
    if (occurrences < 0 || successes < 0 || failures < 0 || resolutions < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** The starting point for a known error the store has not seen: its YAML history. */
  public static KnownErrorStats seed(KnownError error) {
    History h = error.history();
    long resolutions = h.resolutionTimeAvg().isPresent() ? h.occurrenceCount() : 0;
    return new KnownErrorStats(
        error.id(),
        h.occurrenceCount(),
        Optional.empty(),
        Optional.empty(),
        0,
        0,
        resolutions,
        h.resolutionTimeAvg().orElse(Duration.ZERO).multipliedBy(resolutions));
  }

  public Optional<Duration> meanTimeToResolve() {
    return resolutions == 0
        ? Optional.empty()
        : Optional.of(totalTimeToResolve.dividedBy(resolutions));
  }

  public KnownErrorStats occurred(Instant at) {
    return new KnownErrorStats(
        id,
        occurrences + 1,
        Optional.of(firstSeen.orElse(at)),
        Optional.of(at),
        successes,
        failures,
        resolutions,
        totalTimeToResolve);
  }

  public KnownErrorStats succeeded(Duration timeToResolve) {
    return new KnownErrorStats(
        id,
        occurrences,
        firstSeen,
        lastSeen,
        successes + 1,
        failures,
        resolutions + 1,
        totalTimeToResolve.plus(timeToResolve));
  }

  public KnownErrorStats failed() {
    return new KnownErrorStats(
        id,
        occurrences,
        firstSeen,
        lastSeen,
        successes,
        failures + 1,
        resolutions,
        totalTimeToResolve);
  }
}
