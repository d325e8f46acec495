package dev.nightshift.core.measure;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with the unit a user wrote it in ({@code 60s}, {@code 30GB}, {@code 80%}, {@code
 * 10,000}), held in base units: seconds, bytes, percent, or a plain count.
 *
 * @param value the value in base units
 * @param unit what the value measures
 */
public record Quantity(double value, Unit unit) {

  /** What a quantity measures, and so how it is printed. */
  public enum Unit {
    NONE,
    SECONDS,
    BYTES,
    PERCENT
  }

  /** A number, thousands-grouped ({@code 10,000.5}) or plain ({@code 1e6}), then a unit. */
  private static final Pattern NUMBER =
      Pattern.compile(
          "([+-]?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?))"
              + "\\s*([A-Za-z%]*)");

  /** Byte units, largest first so that sizes print in the largest unit that fits exactly. */
  private static final Map<String, Double> BYTE_UNITS = byteUnits();

  private static final Map<String, Double> TIME_UNITS =
      Map.of("w", 604_800.0, "d", 86_400.0, "h", 3_600.0, "m", 60.0, "s", 1.0, "ms", 0.001);

  /** Beyond this many seconds a duration no longer fits a long of milliseconds. */
  private static final double MAX_DURATION_SECONDS = 9e12;

  private static Map<String, Double> byteUnits() {
    Map<String, Double> units = new LinkedHashMap<>();
    units.put("TiB", (double) (1L << 40));
    units.put("TB", 1e12);
    units.put("GiB", (double) (1L << 30));
    units.put("GB", 1e9);
    units.put("MiB", (double) (1L << 20));
    units.put("MB", 1e6);
    units.put("KiB", 1024.0);
    units.put("KB", 1e3);
    units.put("B", 1.0);
    return Collections.unmodifiableMap(units);
  }

  public Quantity {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a quantity must be finite: " + value);
    }
  }

  public static Quantity of(double value) {
    return new Quantity(value, Unit.NONE);
  }

  /**
   * Parses {@code 280}, {@code 0.5}, {@code 1e6}, {@code 10,000}, {@code 10_000}, {@code 60s},
   * {@code 0.5s}, {@code 1h30m}, {@code 250ms}, {@code 30GB}, {@code 512MiB}, {@code 80%}.
   */
  public static ParseResult<Quantity> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return ParseResult.invalid("expected a number, got nothing");
    }
    if (Durations.looksLikeDuration(trimmed)) {
      return Durations.parse(trimmed).map(d -> new Quantity(d.toMillis() / 1000.0, Unit.SECONDS));
    }
    Matcher m = NUMBER.matcher(trimmed.replace("_", ""));
    if (!m.matches()) {
      return ParseResult.invalid(
          "'" + trimmed + "' is not a number (examples: 280, 0.5, 10000, 60s, 30GB, 80%)");
    }
    double number = Double.parseDouble(m.group(1).replace(",", ""));
    String suffix = m.group(2);
    if (suffix.isEmpty() || suffix.equals("%")) {
      return finite(trimmed, number, suffix.isEmpty() ? Unit.NONE : Unit.PERCENT);
    }
    if (TIME_UNITS.containsKey(suffix)) {
      return finite(trimmed, number * TIME_UNITS.get(suffix), Unit.SECONDS);
    }
    if (BYTE_UNITS.containsKey(suffix)) {
      return finite(trimmed, number * BYTE_UNITS.get(suffix), Unit.BYTES);
    }
    return ParseResult.invalid(
        "'"
            + trimmed
            + "' has an unknown unit '"
            + suffix
            + "' (units: ms, s, m, h, d, w, B, KB, MB, GB, TB, KiB, MiB, GiB, TiB, %)");
  }

  // Text such as 1e400 overflows to infinity, which is input to report, not a bug to throw on.
  private static ParseResult<Quantity> finite(String text, double value, Unit unit) {
    if (!Double.isFinite(value)) {
      return ParseResult.invalid("'" + text + "' is too large a number");
    }
    return ParseResult.valid(new Quantity(value, unit));
  }

  /** Prints a number without a needless fraction: {@code 280}, {@code 0.5}, {@code 1E-7}. */
  public static String formatNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toString();
  }

  /** The canonical text, which {@link #parse} reads back to an equal quantity. */
  @Override
  public String toString() {
    return switch (unit) {
      case NONE -> formatNumber(value);
      case PERCENT -> formatNumber(value) + "%";
      case SECONDS -> formatSeconds(value);
      case BYTES -> formatBytes(value);
    };
  }

  /** Whole milliseconds as a duration ({@code 1m30s}), anything else as seconds. */
  private static String formatSeconds(double seconds) {
    if (seconds >= 0 && seconds < MAX_DURATION_SECONDS) {
      long millis = Math.round(seconds * 1000);
      if (millis / 1000.0 == seconds) {
        return Durations.format(Duration.ofMillis(millis));
      }
    }
    return formatNumber(seconds) + "s";
  }

  private static String formatBytes(double bytes) {
    for (Map.Entry<String, Double> unit : BYTE_UNITS.entrySet()) {
      double scaled = bytes / unit.getValue();
      if (Math.abs(scaled) >= 1 && scaled == Math.rint(scaled)) {
        return formatNumber(scaled) + unit.getKey();
      }
    }
    return formatNumber(bytes) + "B";
  }
}
