package dev.nightshift.adapters.logs;

import dev.nightshift.core.telemetry.LogLine;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits log text into lines with times, so that "the errors of the last five minutes" can be
 * answered from a file or a process's output that has no index.
 *
 * <p>A line that starts with a timestamp (optionally in {@code [...]}) gets that time. Recognised:
 * ISO-8601 with an offset or {@code Z} ({@code 2024-05-01T12:00:00.123Z}, {@code +02:00}, {@code
 * +0200}); local date-times in the given zone with {@code T} or a space and an optional fraction
 * after {@code .} or {@code ,} ({@code 2024-05-01T12:00:00.123}, {@code 2024-05-01 12:00:00,123}
 * (Python logging's default {@code asctime}, also supervisord's), {@code 2024/05/01 12:00:00}). A
 * line without one (a stack-trace continuation) inherits the previous line's time; lines before the
 * first timestamped line get {@code readAt}, the newest time they can have. Blank lines are
 * dropped.
 */
public final class LogText {

  private static final Pattern STAMP =
      Pattern.compile(
          "\\[?(\\d{4})([-/])(\\d{2})\\2(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})"
              + "(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}(?::?\\d{2})?)?(?!\\d)");

  private LogText() {}

  /** The lines of {@code text}, local times read in the system's default zone. */
  public static List<LogLine> parse(String text, Instant readAt) {
    return parse(text, readAt, ZoneId.systemDefault());
  }

  /** The lines of {@code text}, local times read in {@code zone}. */
  public static List<LogLine> parse(String text, Instant readAt, ZoneId zone) {
    List<LogLine> lines = new ArrayList<>();
    Instant current = readAt;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.isBlank()) {
        continue;
      }
      current = timestamp(line, zone).orElse(current);
      lines.add(new LogLine(current, line));
    }
    return lines;
  }

  /** The time a line starts with, if it starts with one this class reads. */
  public static Optional<Instant> timestamp(String line, ZoneId zone) {
    Matcher m = STAMP.matcher(line);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              number(m, 1),
              number(m, 3),
              number(m, 4),
              number(m, 5),
              number(m, 6),
              number(m, 7),
              nanos(m.group(8)));
      String offset = m.group(9);
      ZoneId in = offset == null ? zone : ZoneOffset.of(offset); // Z, +02, +0200, +02:00
      return Optional.of(local.atZone(in).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty(); // 2024-13-45 is no time, only text that looks like one
    }
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int nanos(@Nullable String fraction) {
    if (fraction == null) {
      return 0;
    }
    return Integer.parseInt((fraction + "00000000").substring(0, 9));
  }
}
