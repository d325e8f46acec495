package dev.nightshift.adapters.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How values are kept in columns: instants as UTC ISO-8601 text with nine fraction digits (exact,
 * and in time order when compared as text), enums by their lower-case name, absent values as NULL.
 */
final class Columns {

  private static final DateTimeFormatter INSTANT =
      new DateTimeFormatterBuilder().appendInstant(9).toFormatter(Locale.ROOT);

  private Columns() {}

  static String text(Instant instant) {
    return INSTANT.format(instant);
  }

  static String text(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return Instant.parse(row.getString(column));
  }

  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    return optionalText(row, column).map(Instant::parse);
  }

  static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, ResultSet row, String column)
      throws SQLException {
    String text = row.getString(column);
    for (E value : type.getEnumConstants()) {
      if (text(value).equals(text)) {
        return value;
      }
    }
    throw new IllegalArgumentException(column + " '" + text + "' is none of " + names(type));
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Columns::text).toList().toString();
  }

  /** Binds {@code value}, or NULL when it is absent. */
  static void setText(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  /** Binds {@code value} as {@link #text(Instant)}, or NULL when it is absent. */
  static void setInstant(PreparedStatement statement, int index, Optional<Instant> value)
      throws SQLException {
    setText(statement, index, value.map(Columns::text));
  }
}
