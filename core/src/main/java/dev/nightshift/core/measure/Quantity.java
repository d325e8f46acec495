package dev.nightshift.core.measure;

import java.math.BigDecimal;
import java.time.Duration;
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

  private static final Pattern NUMBER =
      Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([A-Za-z%]*)");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final String[] BYTE_UNITS = {
    "KiB", "MiB", "GiB", "TiB", "KB", "MB", "GB", "TB", "B"
  };
  private static final double[] BYTE_FACTORS = {
    1L << 10, 1L << 20, 1L << 30, 1L << 40, 1e3, 1e6, 1e9, 1e12, 1
  };

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
   * {@code 1h30m}, {@code 250ms}, {@code 30GB}, {@code 512MiB}, {@code 80%}.
   */
  public static ParseResult<Quantity> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return ParseResult.invalid("expected a number, got nothing");
    }
    if (Durations.looksLikeDuration(trimmed)) {
      return Durations.parse(trimmed).map(d -> new Quantity(d.toMillis() / 1000.0, Unit.SECONDS));
    }
    String plain = trimmed.replace("_", "");
    if (GROUPED.matcher(plain).lookingAt()) {
      plain = plain.replace(",", "");
    }
    Matcher m = NUMBER.matcher(plain);
    if (!m.matches()) {
      return ParseResult.invalid(
          "'" + trimmed + "' is not a number (examples: 280, 0.5, 10000, 60s, 30GB, 80%)");
    }
    double number = Double.parseDouble(m.group(1));
    String suffix = m.group(2);
    if (suffix.isEmpty()) {
      return finite(trimmed, number, Unit.NONE);
    }
    if (suffix.equals("%")) {
      return finite(trimmed, number, Unit.PERCENT);
    }
    for (int i = 0; i < BYTE_UNITS.length; i++) {
      if (BYTE_UNITS[i].equals(suffix)) {
        return finite(trimmed, number * BYTE_FACTORS[i], Unit.BYTES);
      }
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

  /** Prints a number without a needless fraction: {@code 280}, {@code 0.5}, {@code 1.0E-7}. */
  public static String formatNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toString();
  }

  @Override
  public String toString() {
    return switch (unit) {
      case NONE -> formatNumber(value);
      case PERCENT -> formatNumber(value) + "%";
      case SECONDS ->
          value >= 0 && value * 1000 == Math.rint(value * 1000)
              ? Durations.format(Duration.ofMillis((long) (value * 1000)))
              : formatNumber(value) + "s";
      case BYTES -> formatBytes(value);
    };
  }

  private static String formatBytes(double bytes) {
    for (int i = 0; i < BYTE_UNITS.length; i++) {
      double scaled = bytes / BYTE_FACTORS[i];
      if (Math.abs(scaled) >= 1 && scaled == Math.rint(scaled)) {
        return formatNumber(scaled) + BYTE_UNITS[i];
      }
    }
    return formatNumber(bytes) + "B";
  }
}
