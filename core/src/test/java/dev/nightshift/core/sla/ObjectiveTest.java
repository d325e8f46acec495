package dev.nightshift.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.measure.Quantity.Unit;
import dev.nightshift.core.testing.Property;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectiveTest {

  static Stream<Arguments> validObjectives() {
    return Stream.of(
        Arguments.of("60s", objective(Comparison.LESS, 60, Unit.SECONDS)),
        Arguments.of("280", objective(Comparison.LESS, 280, Unit.NONE)),
        Arguments.of("< 60s", objective(Comparison.LESS, 60, Unit.SECONDS)),
        Arguments.of("<60s", objective(Comparison.LESS, 60, Unit.SECONDS)),
        Arguments.of("<= 10,000", objective(Comparison.LESS_OR_EQUAL, 10_000, Unit.NONE)),
        Arguments.of("> 80%", objective(Comparison.GREATER, 80, Unit.PERCENT)),
        Arguments.of(" >= 99.9% ", objective(Comparison.GREATER_OR_EQUAL, 99.9, Unit.PERCENT)),
        Arguments.of("< 30GB", objective(Comparison.LESS, 30e9, Unit.BYTES)),
        Arguments.of("> -5", objective(Comparison.GREATER, -5, Unit.NONE)));
  }

  @ParameterizedTest
  @MethodSource("validObjectives")
  void parsesABoundOrABareUpperLimit(String text, Objective expected) {
    assertThat(Objective.parse(text)).isEqualTo(ParseResult.valid(expected));
  }

  @Test
  void readsABareTargetAsAnUpperBound() {
    Objective objective = Objective.parse("60s").orThrow();

    assertThat(objective.comparison()).isEqualTo(Comparison.LESS);
    assertThat(objective).isEqualTo(Objective.below(new Quantity(60, Unit.SECONDS)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"== 5", "!= 5", "==5", "  != 80%"})
  void rejectsEqualityOperators(String text) {
    String symbol = text.strip().substring(0, 2);

    assertThat(Objective.parse(text))
        .isEqualTo(
            ParseResult.invalid("an objective is a bound: use <, <=, > or >=, not " + symbol, 0));
  }

  static Stream<Arguments> operatorsWithoutAValue() {
    return Stream.of(
        Arguments.of("<", "<", 1),
        Arguments.of("<=", "<=", 2),
        Arguments.of(" >   ", ">", 1),
        Arguments.of(">=\t", ">=", 2));
  }

  @ParameterizedTest
  @MethodSource("operatorsWithoutAValue")
  void rejectsAnOperatorWithoutAValue(String text, String symbol, int offset) {
    assertThat(Objective.parse(text))
        .isEqualTo(ParseResult.invalid("expected a value after '" + symbol + "'", offset));
  }

  @Test
  void reportsAnInvalidTargetAsTheQuantityDoes() {
    assertThat(Objective.parse("< 30GX"))
        .isEqualTo(
            ParseResult.invalid(
                "'30GX' has an unknown unit 'GX' (units: ms, s, m, h, d, w, B, KB, MB, GB, TB,"
                    + " KiB, MiB, GiB, TiB, %)",
                2));
    assertThat(Objective.parse(""))
        .isEqualTo(ParseResult.invalid("expected a number, got nothing"));
    assertThat(Objective.parse("= 5"))
        .isEqualTo(
            ParseResult.invalid(
                "'= 5' is not a number (examples: 280, 0.5, 10000, 60s, 30GB, 80%)"));
  }

  @Test
  void refusesToBeBuiltWithAnEqualityOperator() {
    assertThatThrownBy(() -> new Objective(Comparison.EQUAL, Quantity.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an objective is a bound (<, <=, >, >=), not ==");
    assertThatThrownBy(() -> new Objective(Comparison.NOT_EQUAL, Quantity.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an objective is a bound (<, <=, >, >=), not !=");
  }

  @Test
  void isMetWhileTheIndicatorStaysOnTheGoodSideOfTheTarget() {
    Objective freshness = Objective.parse("< 60s").orThrow();
    Objective completeness = Objective.parse(">= 80%").orThrow();

    assertThat(freshness.isMetBy(59.999)).isTrue();
    assertThat(freshness.isMetBy(60)).isFalse();
    assertThat(freshness.isMetBy(61)).isFalse();
    assertThat(completeness.isMetBy(80)).isTrue();
    assertThat(completeness.isMetBy(79.9)).isFalse();
  }

  @Test
  void comparesTheIndicatorInBaseUnits() {
    Objective freshness = Objective.parse("< 1m").orThrow();
    Objective memory = Objective.parse("<= 1KiB").orThrow();

    assertThat(freshness.isMetBy(59)).isTrue();
    assertThat(freshness.isMetBy(61)).isFalse();
    assertThat(memory.isMetBy(1024)).isTrue();
    assertThat(memory.isMetBy(1025)).isFalse();
  }

  @Test
  void printsTheOperatorAndTheTarget() {
    assertThat(Objective.parse("60s").orThrow()).hasToString("< 1m");
    assertThat(Objective.parse(">=99.9%").orThrow()).hasToString(">= 99.9%");
    assertThat(Objective.parse("<= 10,000").orThrow()).hasToString("<= 10000");
  }

  @Test
  void readsBackWhatItPrints() {
    Property.forAll(
        2000,
        ObjectiveTest::objective,
        o -> assertThat(Objective.parse(o.toString())).isEqualTo(ParseResult.valid(o)));
  }

  private static Objective objective(Random random) {
    Comparison[] bounds = {
      Comparison.LESS, Comparison.LESS_OR_EQUAL, Comparison.GREATER, Comparison.GREATER_OR_EQUAL
    };
    Comparison comparison = bounds[random.nextInt(bounds.length)];
    return switch (random.nextInt(3)) {
      case 0 -> objective(comparison, random.nextInt(10_000) - 5000, Unit.NONE);
      case 1 -> objective(comparison, random.nextInt(10_000) / 100.0, Unit.PERCENT);
      // whole seconds: sub-second durations do not always print back, see QuantityTest
      default -> objective(comparison, random.nextInt(1_000_000), Unit.SECONDS);
    };
  }

  private static Objective objective(Comparison comparison, double target, Unit unit) {
    return new Objective(comparison, new Quantity(target, unit));
  }
}
