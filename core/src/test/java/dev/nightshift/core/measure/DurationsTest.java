package dev.nightshift.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.testing.Property;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  private static final String NOT_A_DURATION =
      " is not a duration: use whole numbers with units in descending order (w, d, h, m, s, ms),"
          + " e.g. 60s, 5m, 1h30m";

  static Stream<Arguments> validDurations() {
    return Stream.of(
        Arguments.of("250ms", Duration.ofMillis(250)),
        Arguments.of("60s", Duration.ofSeconds(60)),
        Arguments.of("5m", Duration.ofMinutes(5)),
        Arguments.of("1h30m", Duration.ofMinutes(90)),
        Arguments.of("1d", Duration.ofDays(1)),
        Arguments.of("2w", Duration.ofDays(14)),
        Arguments.of("0s", Duration.ZERO),
        Arguments.of("90m", Duration.ofMinutes(90)),
        Arguments.of("1m1ms", Duration.ofMillis(60_001)),
        Arguments.of(
            "1w2d3h4m5s6ms",
            Duration.ofDays(9).plusHours(3).plusMinutes(4).plusSeconds(5).plusMillis(6)),
        Arguments.of("  5m\t", Duration.ofMinutes(5)));
  }

  @ParameterizedTest
  @MethodSource("validDurations")
  void parsesUnitsInDescendingOrder(String text, Duration expected) {
    assertThat(Durations.parse(text)).isEqualTo(ParseResult.valid(expected));
  }

  @Test
  void rejectsABareNumberSuggestingAUnit() {
    assertThat(Durations.parse("60"))
        .isEqualTo(ParseResult.invalid("'60' has no unit: write 60s for seconds, or use m, h, ms"));
  }

  @Test
  void suggestsOnlyDurationsThatParse() {
    assertThat(Durations.parse("1.5"))
        .isEqualTo(
            ParseResult.invalid(
                "'1.5' is not a duration: use whole numbers with units, e.g. 1s500ms"));
    assertThat(Durations.parse("1s500ms")).isEqualTo(ParseResult.valid(Duration.ofMillis(1500)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"30m1h", "5s1m", "1ms1s", "1d1w"})
  void rejectsUnitsOutOfOrder(String text) {
    assertThat(Durations.parse(text))
        .isEqualTo(ParseResult.invalid("'" + text + "'" + NOT_A_DURATION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1h1h", "5m5m", "1s2s", "1ms1ms"})
  void rejectsRepeatedUnits(String text) {
    assertThat(Durations.parse(text))
        .isEqualTo(ParseResult.invalid("'" + text + "'" + NOT_A_DURATION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "5 m", "-5s", "+5s", "1.5s", "5M", "5min", "m", "5x", "1e3s"})
  void rejectsGarbage(String text) {
    assertThat(Durations.parse(text))
        .isEqualTo(ParseResult.invalid("'" + text + "'" + NOT_A_DURATION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void rejectsEmptyText(String text) {
    assertThat(Durations.parse(text))
        .isEqualTo(
            ParseResult.invalid("expected a duration such as 60s, 5m or 1h30m, got nothing"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "99999999999999999999ms", // more digits than a long holds
        "15250284453w", // weeks times millis per week overflows
        "15250284452w4d" // each unit fits, the sum does not
      })
  void rejectsDurationsBeyondALongOfMillis(String text) {
    assertThat(Durations.parse(text))
        .isEqualTo(ParseResult.invalid("'" + text + "' is too long a duration"));
  }

  @Test
  void acceptsTheLongestDurationALongOfMillisHolds() {
    assertThat(Durations.parse("9223372036854775807ms"))
        .isEqualTo(ParseResult.valid(Duration.ofMillis(Long.MAX_VALUE)));
  }

  @Test
  void tellsDurationsFromNumbers() {
    assertThat(Durations.looksLikeDuration("5m")).isTrue();
    assertThat(Durations.looksLikeDuration(" 1h30m ")).isTrue();
    assertThat(Durations.looksLikeDuration("30m1h")).isFalse();
    assertThat(Durations.looksLikeDuration("280")).isFalse();
    assertThat(Durations.looksLikeDuration("30GB")).isFalse();
    assertThat(Durations.looksLikeDuration("")).isFalse();
    assertThat(Durations.looksLikeDuration("  ")).isFalse();
  }

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        Arguments.of(Duration.ZERO, "0s"),
        Arguments.of(Duration.ofMillis(250), "250ms"),
        Arguments.of(Duration.ofMillis(1500), "1s500ms"),
        Arguments.of(Duration.ofSeconds(60), "1m"),
        Arguments.of(Duration.ofSeconds(61), "1m1s"),
        Arguments.of(Duration.ofMinutes(90), "1h30m"),
        Arguments.of(Duration.ofHours(24), "1d"),
        Arguments.of(Duration.ofDays(8), "1w1d"),
        Arguments.of(Duration.ofDays(14), "2w"),
        Arguments.of(Duration.ofDays(7).plusHours(1), "1w1h"),
        Arguments.of(Duration.ofDays(400), "57w1d"));
  }

  @ParameterizedTest
  @MethodSource("canonicalForms")
  void formatsInTheLargestUnitsFirst(Duration duration, String expected) {
    assertThat(Durations.format(duration)).isEqualTo(expected);
  }

  @Test
  void refusesToFormatANegativeDuration() {
    assertThatThrownBy(() -> Durations.format(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative duration: PT-1S");
  }

  @Test
  void refusesToFormatSubMillisecondPrecision() {
    assertThatThrownBy(() -> Durations.format(Duration.ofNanos(1_500_000)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsBackEveryWholeMillisecondDurationItFormats() {
    Property.forAll(
        5000,
        DurationsTest::wholeMillis,
        d -> assertThat(Durations.parse(Durations.format(d))).isEqualTo(ParseResult.valid(d)));
  }

  // Mixes small values, values built from whole units and the whole range of a long of millis.
  private static Duration wholeMillis(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Duration.ofMillis(random.nextInt(100_000));
      case 1 ->
          Duration.ofDays(random.nextInt(60))
              .plusHours(random.nextInt(24))
              .plusMinutes(random.nextInt(60))
              .plusSeconds(random.nextInt(60));
      case 2 -> Duration.ofMillis(Long.MAX_VALUE - random.nextInt(1000));
      default -> Duration.ofMillis(random.nextLong(Long.MAX_VALUE));
    };
  }
}
