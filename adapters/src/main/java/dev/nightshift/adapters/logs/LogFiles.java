package dev.nightshift.adapters.logs;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A node's log file as a log source, for platforms without Loki: only the file's last {@link
 * #TAIL_BYTES} are read, whatever its size, and a missing or unreadable file is a value that says
 * so. Lines without a timestamp are dated by the file's modification time (see {@link LogText}).
 */
public final class LogFiles {

  /** How much of a file's end is read: recent lines, never the whole history. */
  public static final int TAIL_BYTES = 1 << 20;

  private final Clock clock;

  private LogFiles(Clock clock) {
    this.clock = clock;
  }

  /** Log files read at {@code clock}'s now, local timestamps in its zone. */
  public static LogFiles create(Clock clock) {
    return new LogFiles(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The newest {@code limit} lines of the last {@code since} that the regex finds, oldest first.
   */
  public LogReading recentErrors(Path file, String errorPattern, Duration since, int limit) {
    Pattern errors = Pattern.compile(errorPattern);
    return recent(file, since, limit, line -> errors.matcher(line.text()).find());
  }

  /** The newest {@code limit} lines of the last {@code since}, oldest first. */
  public LogReading recentLines(Path file, Duration since, int limit) {
    return recent(file, since, limit, line -> true);
  }

  /**
   * Healthy when the file's newest line is younger than the check's maximum age; an empty file
   * counts as written when it was last modified (a logger that just rotated it).
   */
  public Health recency(Path file, Healthcheck.LogRecency check) {
    return switch (read(file)) {
      case Read.Failed f -> Health.unknown(f.why().reason());
      case Read.Lines r -> {
        Instant newest =
            r.lines().stream()
                .map(LogLine::at)
                .max(Comparator.naturalOrder())
                .orElse(r.modified().toInstant());
        Duration age = Duration.between(newest, clock.instant());
        Duration shown = age.isNegative() ? Duration.ZERO : age.truncatedTo(ChronoUnit.MILLIS);
        boolean fresh = age.compareTo(check.maxAge()) <= 0;
        yield Health.measured(
            fresh ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY,
            shown.toMillis() / 1000.0,
            "newest line of "
                + file
                + " "
                + Durations.format(shown)
                + " ago (max "
                + Durations.format(check.maxAge().truncatedTo(ChronoUnit.MILLIS))
                + ")");
      }
    };
  }

  private LogReading recent(Path file, Duration since, int limit, Predicate<LogLine> keep) {
    if (since.isZero() || since.isNegative()) {
      throw new IllegalArgumentException("'since' must be positive: " + since);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be at least 1: " + limit);
    }
    Instant from = clock.instant().minus(since);
    return switch (read(file)) {
      case Read.Failed f -> f.why();
      case Read.Lines r -> {
        List<LogLine> kept =
            r.lines().stream()
                .filter(l -> !l.at().isBefore(from))
                .filter(keep)
                .sorted(Comparator.comparing(LogLine::at))
                .toList();
        yield new LogReading.Lines(kept.subList(Math.max(0, kept.size() - limit), kept.size()));
      }
    };
  }

  /** A file read, or why not. */
  private sealed interface Read {
    record Lines(List<LogLine> lines, FileTime modified) implements Read {}

    record Failed(LogReading.Unavailable why) implements Read {}
  }

  private Read read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        return failed("not a log file but a directory: " + file, false);
      }
      FileTime modified = Files.getLastModifiedTime(file);
      LogTail tail = LogTail.read(file, TAIL_BYTES);
      String text = tail.cut() ? fromFirstTimestamp(tail.text()) : tail.text();
      return new Read.Lines(LogText.parse(text, modified.toInstant(), clock.getZone()), modified);
    } catch (NoSuchFileException e) {
      // Wrong path or a rotation that never recreated the file; asking again rarely helps.
      return failed("no such file: " + file, false);
    } catch (AccessDeniedException e) {
      return failed("cannot read " + file + ": permission denied", false);
    } catch (IOException e) {
      return failed("cannot read " + file + ": " + e, true);
    }
  }

  // In a cut tail, lines before the first timestamp end an entry whose time was cut off: dating
  // them by the modification time would make an old stack trace look new.
  private String fromFirstTimestamp(String text) {
    int offset = 0;
    while (offset < text.length()) {
      int end = text.indexOf('\n', offset);
      String line = text.substring(offset, end < 0 ? text.length() : end);
      if (LogText.timestamp(line, clock.getZone()).isPresent()) {
        return text.substring(offset);
      }
      if (end < 0) {
        break;
      }
      offset = end + 1;
    }
    return text; // no timestamps at all: every line is dated by the modification time
  }

  private static Read failed(String reason, boolean retryable) {
    return new Read.Failed(new LogReading.Unavailable(reason, retryable));
  }
}
