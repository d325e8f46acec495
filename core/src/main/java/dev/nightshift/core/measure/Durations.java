package dev.nightshift.core.measure;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration syntax of every Nightshift file, Prometheus style: {@code 250ms}, {@code 60s},
 * {@code 5m}, {@code 1h30m}, {@code 1d}, {@code 2w}; units in descending order, each at most once.
 */
public final class Durations {

  private static final Pattern SHAPE =
      Pattern.compile(
          "(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final long[] UNIT_MILLIS = {
    Duration.ofDays(7).toMillis(),
    Duration.ofDays(1).toMillis(),
    Duration.ofHours(1).toMillis(),
    Duration.ofMinutes(1).toMillis(),
    Duration.ofSeconds(1).toMillis(),
    1
  };
  private static final String[] UNIT_NAMES = {"w", "d", "h", "m", "s", "ms"};

  private Durations() {}

  /** Parses a duration, or says why the text is not one. */
  public static ParseResult<Duration> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return ParseResult.invalid("expected a duration such as 60s, 5m or 1h30m, got nothing");
    }
    if (BARE_NUMBER.matcher(trimmed).matches()) {
      return ParseResult.invalid(
          trimmed.contains(".")
              ? "'" + trimmed + "' is not a duration: use whole numbers with units, e.g. 1s500ms"
              : "'"
                  + trimmed
                  + "' has no unit: write "
                  + trimmed
                  + "s for seconds, or use m, h, ms");
    }
    Matcher m = SHAPE.matcher(trimmed);
    if (!m.matches()) {
      return ParseResult.invalid(
          "'"
              + trimmed
              + "' is not a duration: use whole numbers with units in descending order"
              + " (w, d, h, m, s, ms), e.g. 60s, 5m, 1h30m");
    }
    long millis = 0;
    for (int group = 1; group <= UNIT_NAMES.length; group++) {
      String digits = m.group(group);
      if (digits != null) {
        try {
          millis =
              Math.addExact(
                  millis, Math.multiplyExact(Long.parseLong(digits), UNIT_MILLIS[group - 1]));
        } catch (ArithmeticException | NumberFormatException e) {
          return ParseResult.invalid("'" + trimmed + "' is too long a duration");
        }
      }
    }
    return ParseResult.valid(Duration.ofMillis(millis));
  }

  /** Whether the text has the shape of a duration (so that it can be told apart from a number). */
  public static boolean looksLikeDuration(String text) {
    String trimmed = text.strip();
    return !trimmed.isEmpty() && SHAPE.matcher(trimmed).matches();
  }

  /**
   * The canonical text of a duration, which {@link #parse} reads back to the same value.
   *
   * @throws IllegalArgumentException for a negative duration or one finer than a millisecond, which
   *     the syntax cannot express
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration: " + duration);
    }
    if (duration.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("finer than a millisecond: " + duration);
    }
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < UNIT_MILLIS.length; i++) {
      long count = millis / UNIT_MILLIS[i];
      if (count > 0) {
        out.append(count).append(UNIT_NAMES[i]);
        millis -= count * UNIT_MILLIS[i];
      }
    }
    return out.toString();
  }
}
