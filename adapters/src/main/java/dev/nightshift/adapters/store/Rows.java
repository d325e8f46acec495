package dev.nightshift.adapters.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows a query answers; a row this version cannot read (an unknown state written by a
 * newer Nightshift, a damaged value) becomes an {@link SQLException} that says which.
 */
final class Rows {

  /** Turns the current row into a value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private Rows() {}

  static <T> List<T> all(PreparedStatement query, String what, Reader<T> reader)
      throws SQLException {
    List<T> values = new ArrayList<>();
    try (ResultSet row = query.executeQuery()) {
      while (row.next()) {
        values.add(read(row, what, reader));
      }
    }
    return List.copyOf(values);
  }

  static <T> Optional<T> first(PreparedStatement query, String what, Reader<T> reader)
      throws SQLException {
    try (ResultSet row = query.executeQuery()) {
      return row.next() ? Optional.of(read(row, what, reader)) : Optional.empty();
    }
  }

  private static <T> T read(ResultSet row, String what, Reader<T> reader) throws SQLException {
    try {
      return reader.read(row);
    } catch (RuntimeException e) {
      throw new SQLDataException("a row of " + what + " cannot be read: " + e.getMessage(), e);
    }
  }
}
