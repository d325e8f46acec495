package dev.nightshift.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseResultTest {

  @Test
  void mapsTheValueOfAValidResult() {
    ParseResult<Integer> valid = ParseResult.valid(21);

    assertThat(valid.map(n -> "n=" + n * 2)).isEqualTo(ParseResult.valid("n=42"));
  }

  @Test
  void keepsAnInvalidResultWithItsMessageAndOffset() {
    ParseResult<Integer> invalid = ParseResult.invalid("'x' is not a number", 4);

    ParseResult<String> mapped =
        invalid.map(n -> {
          throw new AssertionError("the mapper must not run on an invalid result");
        });

    assertThat(mapped).isEqualTo(new ParseResult.Invalid<String>("'x' is not a number", 4));
  }

  @Test
  void returnsTheValueOfAValidResult() {
    assertThat(ParseResult.valid("ok").orThrow()).isEqualTo("ok");
  }

  @Test
  void throwsTheMessageOfAnInvalidResult() {
    ParseResult<String> invalid = ParseResult.invalid("expected a number, got nothing");

    assertThatThrownBy(invalid::orThrow)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a number, got nothing");
  }

  @Test
  void placesAProblemWithoutAnOffsetOnTheWholeText() {
    assertThat(ParseResult.invalid("bad")).isEqualTo(new ParseResult.Invalid<>("bad", -1));
  }

  @Test
  void rejectsAnOffsetBeforeTheText() {
    assertThatThrownBy(() -> new ParseResult.Invalid<String>("bad", -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must be >= -1: -2");
  }
}
