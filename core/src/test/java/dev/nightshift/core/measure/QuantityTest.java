package dev.nightshift.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.measure.Quantity.Unit;
import dev.nightshift.core.testing.Property;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  private static final String UNITS =
      " (units: ms, s, m, h, d, w, B, KB, MB, GB, TB, KiB, MiB, GiB, TiB, %)";
  private static final String EXAMPLES =
      " is not a number (examples: 280, 0.5, 10000, 60s, 30GB, 80%)";

  static Stream<Arguments> validQuantities() {
    return Stream.of(
        // plain numbers
        valid("280", 280, Unit.NONE),
        valid("0.5", 0.5, Unit.NONE),
        valid(".5", 0.5, Unit.NONE),
        valid("5.", 5, Unit.NONE),
        valid("-3", -3, Unit.NONE),
        valid("+3", 3, Unit.NONE),
        valid("  42 ", 42, Unit.NONE),
        valid("1e6", 1e6, Unit.NONE),
        valid("1E-3", 0.001, Unit.NONE),
        valid("2.5e+2", 250, Unit.NONE),
        valid("1e-400", 0, Unit.NONE),
        // grouped digits
        valid("10,000", 10_000, Unit.NONE),
        valid("1,234,567.5", 1_234_567.5, Unit.NONE),
        valid("-10,000", -10_000, Unit.NONE),
        valid("10_000", 10_000, Unit.NONE),
        valid("10,000%", 10_000, Unit.PERCENT),
        // durations, in seconds
        valid("60s", 60, Unit.SECONDS),
        valid("250ms", 0.25, Unit.SECONDS),
        valid("5m", 300, Unit.SECONDS),
        valid("1h30m", 5400, Unit.SECONDS),
        valid("1d", 86_400, Unit.SECONDS),
        valid("0ms", 0, Unit.SECONDS),
        // bytes, decimal and binary
        valid("7B", 7, Unit.BYTES),
        valid("1KB", 1e3, Unit.BYTES),
        valid("30GB", 30e9, Unit.BYTES),
        valid("5 MB", 5e6, Unit.BYTES),
        valid("2TB", 2e12, Unit.BYTES),
        valid("1KiB", 1024, Unit.BYTES),
        valid("512MiB", 512L << 20, Unit.BYTES),
        valid("1.5GiB", 3L << 29, Unit.BYTES),
        valid("2TiB", 2L << 40, Unit.BYTES),
        // percent
        valid("80%", 80, Unit.PERCENT),
        valid("99.9 %", 99.9, Unit.PERCENT),
        valid("-5%", -5, Unit.PERCENT));
  }

  @ParameterizedTest
  @MethodSource("validQuantities")
  void parsesNumbersWithTheirUnitInBaseUnits(String text, Quantity expected) {
    assertThat(Quantity.parse(text)).isEqualTo(ParseResult.valid(expected));
  }

  static Stream<Arguments> invalidQuantities() {
    return Stream.of(
        Arguments.of("", "expected a number, got nothing"),
        Arguments.of("   ", "expected a number, got nothing"),
        Arguments.of("abc", "'abc'" + EXAMPLES),
        Arguments.of("12,34", "'12,34'" + EXAMPLES),
        Arguments.of("1.2.3", "'1.2.3'" + EXAMPLES),
        Arguments.of("5 %%", "'5 %%' has an unknown unit '%%'" + UNITS),
        Arguments.of("e5", "'e5'" + EXAMPLES),
        Arguments.of("30GX", "'30GX' has an unknown unit 'GX'" + UNITS),
        Arguments.of("30gb", "'30gb' has an unknown unit 'gb'" + UNITS),
        Arguments.of("5e", "'5e' has an unknown unit 'e'" + UNITS),
        Arguments.of("3 days", "'3 days' has an unknown unit 'days'" + UNITS),
        Arguments.of("1e400", "'1e400' is too large a number"),
        Arguments.of("-1e400", "'-1e400' is too large a number"),
        Arguments.of("1e300TB", "'1e300TB' is too large a number"),
        Arguments.of("99999999999999999999s", "'99999999999999999999s' is too long a duration"));
  }

  @ParameterizedTest
  @MethodSource("invalidQuantities")
  void rejectsTextThatIsNotAQuantity(String text, String message) {
    assertThat(Quantity.parse(text)).isEqualTo(ParseResult.invalid(message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,0000", "1,000,00", "1,000.5,000"})
  void rejectsMisplacedThousandsSeparators(String text) {
    assertThat(Quantity.parse(text)).isEqualTo(ParseResult.invalid("'" + text + "'" + EXAMPLES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5s", "-5s", "10,000s", "1.5h"})
  void doesNotCallAListedUnitUnknown(String text) {
    assertThat(Quantity.parse(text))
        .satisfiesAnyOf(
            result -> assertThat(result).isInstanceOf(ParseResult.Valid.class),
            result ->
                assertThat(((ParseResult.Invalid<Quantity>) result).message())
                    .doesNotContain("has an unknown unit"));
  }

  @Test
  void rejectsNonFiniteValues() {
    assertThatThrownBy(() -> new Quantity(Double.NaN, Unit.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a quantity must be finite: NaN");
    assertThatThrownBy(() -> new Quantity(Double.NEGATIVE_INFINITY, Unit.BYTES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a quantity must be finite: -Infinity");
  }

  @Test
  void makesPlainCounts() {
    assertThat(Quantity.of(3)).isEqualTo(new Quantity(3, Unit.NONE));
  }

  static Stream<Arguments> formattedNumbers() {
    return Stream.of(
        Arguments.of(280.0, "280"),
        Arguments.of(-3.0, "-3"),
        Arguments.of(0.0, "0"),
        Arguments.of(-0.0, "0"),
        Arguments.of(0.5, "0.5"),
        Arguments.of(123456.789, "123456.789"),
        Arguments.of(999_999_999_999_999.0, "999999999999999"),
        Arguments.of(1e15, "1E+15"),
        Arguments.of(1e-7, "1E-7"),
        Arguments.of(-2.5e-10, "-2.5E-10"));
  }

  @ParameterizedTest
  @MethodSource("formattedNumbers")
  void formatsNumbersWithoutANeedlessFraction(double value, String expected) {
    assertThat(Quantity.formatNumber(value)).isEqualTo(expected);
  }

  static Stream<Arguments> printedQuantities() {
    return Stream.of(
        Arguments.of(new Quantity(280, Unit.NONE), "280"),
        Arguments.of(new Quantity(0.5, Unit.NONE), "0.5"),
        Arguments.of(new Quantity(80, Unit.PERCENT), "80%"),
        Arguments.of(new Quantity(99.9, Unit.PERCENT), "99.9%"),
        Arguments.of(new Quantity(60, Unit.SECONDS), "1m"),
        Arguments.of(new Quantity(0.25, Unit.SECONDS), "250ms"),
        Arguments.of(new Quantity(5400, Unit.SECONDS), "1h30m"),
        Arguments.of(new Quantity(0, Unit.SECONDS), "0s"),
        Arguments.of(new Quantity(0.0001, Unit.SECONDS), "0.0001s"),
        Arguments.of(new Quantity(-5, Unit.SECONDS), "-5s"),
        Arguments.of(new Quantity(7, Unit.BYTES), "7B"),
        Arguments.of(new Quantity(0.5, Unit.BYTES), "0.5B"),
        Arguments.of(new Quantity(1000, Unit.BYTES), "1KB"),
        Arguments.of(new Quantity(1024, Unit.BYTES), "1KiB"),
        Arguments.of(new Quantity(-2048, Unit.BYTES), "-2KiB"));
  }

  @ParameterizedTest
  @MethodSource("printedQuantities")
  void printsInTheUnitItMeasures(Quantity quantity, String expected) {
    assertThat(quantity).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"512MiB", "1GiB", "2TiB", "30GB", "3GB", "1TB", "5MB"})
  void printsBytesInTheLargestUnitThatFitsExactly(String text) {
    assertThat(Quantity.parse(text).orThrow()).hasToString(text);
  }

  @Test
  void printsHugeDurationsAsTheValueTheyHold() {
    assertThat(new Quantity(1e300, Unit.SECONDS)).hasToString("1E+300s");
  }

  @Test
  void readsBackEveryCountPercentageAndByteSizeItPrints() {
    Property.forAll(
        5000,
        QuantityTest::nonDuration,
        q -> assertThat(Quantity.parse(q.toString())).isEqualTo(ParseResult.valid(q)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1s1ms", "1s3ms", "2s2ms"})
  void printsWholeMillisecondDurationsAsWritten(String text) {
    assertThat(Quantity.parse(text).orThrow()).hasToString(text);
  }

  @Test
  void readsBackEveryDurationItPrints() {
    Property.forAll(
        5000,
        random -> {
          long millis =
              random.nextBoolean() ? random.nextInt(100_000_000) : random.nextLong(1L << 50);
          return Quantity.parse(millis + "ms").orThrow();
        },
        q -> assertThat(Quantity.parse(q.toString())).isEqualTo(ParseResult.valid(q)));
  }

  private static Quantity nonDuration(Random random) {
    Unit[] units = {Unit.NONE, Unit.PERCENT, Unit.BYTES};
    double value =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(1_000_000);
          case 1 -> (random.nextBoolean() ? 1 : -1) * random.nextInt(100_000) / 100.0;
          case 2 -> random.nextInt(10_000) * (random.nextBoolean() ? 1024.0 : 1000.0);
          default -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
        };
    // -0.0 prints as 0, which reads back as the different record value 0.0.
    return new Quantity(value + 0.0, units[random.nextInt(units.length)]);
  }

  private static Arguments valid(String text, double value, Unit unit) {
    return Arguments.of(text, new Quantity(value, unit));
  }
}
