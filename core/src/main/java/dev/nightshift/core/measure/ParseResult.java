package dev.nightshift.core.measure;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of parsing user-written text: a value, or a message saying what is wrong and where.
 *
 * @param <T> the parsed value's type
 */
public sealed interface ParseResult<T> {

  /** Text that parsed. */
  record Valid<T>(T value) implements ParseResult<T> {
    public Valid {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Text that did not parse.
   *
   * @param message what is wrong, for a human
   * @param offset zero-based index into the text where the problem starts, or -1 if it concerns the
   *     whole text
   */
  record Invalid<T>(String message, int offset) implements ParseResult<T> {
    public Invalid {
      Objects.requireNonNull(message, "message");
      if (offset < -1) {
        throw new IllegalArgumentException("offset must be >= -1: " + offset);
      }
    }
  }

  static <T> ParseResult<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> ParseResult<T> invalid(String message) {
    return new Invalid<>(message, -1);
  }

  static <T> ParseResult<T> invalid(String message, int offset) {
    return new Invalid<>(message, offset);
  }

  /** Transforms the value of a valid result, keeping an invalid one as it is. */
  default <R> ParseResult<R> map(Function<? super T, ? extends R> mapper) {
    return switch (this) {
      case Valid<T> v -> new Valid<>(mapper.apply(v.value()));
      case Invalid<T> i -> new Invalid<>(i.message(), i.offset());
    };
  }

  /** The value; for code paths where invalid text is a bug, not input to report. */
  default T orThrow() {
    return switch (this) {
      case Valid<T> v -> v.value();
      case Invalid<T> i -> throw new IllegalArgumentException(i.message());
    };
  }
}
