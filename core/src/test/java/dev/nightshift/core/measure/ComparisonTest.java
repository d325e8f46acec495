package dev.nightshift.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.testing.Property;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComparisonTest {

  static Stream<Arguments> truthTable() {
    // left vs right as (less, equal, greater)
    return Stream.of(
        Arguments.of(Comparison.GREATER, false, false, true),
        Arguments.of(Comparison.GREATER_OR_EQUAL, false, true, true),
        Arguments.of(Comparison.LESS, true, false, false),
        Arguments.of(Comparison.LESS_OR_EQUAL, true, true, false),
        Arguments.of(Comparison.EQUAL, false, true, false),
        Arguments.of(Comparison.NOT_EQUAL, true, false, true));
  }

  @ParameterizedTest
  @MethodSource("truthTable")
  void comparesTheLeftValueWithTheRight(
      Comparison comparison, boolean whenLess, boolean whenEqual, boolean whenGreater) {
    assertThat(comparison.test(1, 2)).isEqualTo(whenLess);
    assertThat(comparison.test(2, 2)).isEqualTo(whenEqual);
    assertThat(comparison.test(3, 2)).isEqualTo(whenGreater);
  }

  @Test
  void negatesIntoTheComplementaryOperator() {
    assertThat(Comparison.GREATER.negate()).isEqualTo(Comparison.LESS_OR_EQUAL);
    assertThat(Comparison.GREATER_OR_EQUAL.negate()).isEqualTo(Comparison.LESS);
    assertThat(Comparison.LESS.negate()).isEqualTo(Comparison.GREATER_OR_EQUAL);
    assertThat(Comparison.LESS_OR_EQUAL.negate()).isEqualTo(Comparison.GREATER);
    assertThat(Comparison.EQUAL.negate()).isEqualTo(Comparison.NOT_EQUAL);
    assertThat(Comparison.NOT_EQUAL.negate()).isEqualTo(Comparison.EQUAL);
  }

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void negatingTwiceGivesTheOperatorBack(Comparison comparison) {
    assertThat(comparison.negate().negate()).isEqualTo(comparison);
  }

  @Test
  void negationHoldsExactlyWhenTheOperatorDoesNotForFiniteValues() {
    Property.forAll(
        2000,
        ComparisonTest::finitePair,
        pair -> {
          for (Comparison c : Comparison.values()) {
            assertThat(c.negate().test(pair[0], pair[1]))
                .as("%s %s %s", pair[0], c, pair[1])
                .isEqualTo(!c.test(pair[0], pair[1]));
          }
        });
  }

  static Stream<Arguments> operatorsAtTheStart() {
    return Stream.of(
        Arguments.of(">=", Comparison.GREATER_OR_EQUAL),
        Arguments.of("<=", Comparison.LESS_OR_EQUAL),
        Arguments.of("==", Comparison.EQUAL),
        Arguments.of("!=", Comparison.NOT_EQUAL),
        Arguments.of(">", Comparison.GREATER),
        Arguments.of("<", Comparison.LESS),
        Arguments.of(">= 5", Comparison.GREATER_OR_EQUAL),
        Arguments.of("<=5", Comparison.LESS_OR_EQUAL),
        Arguments.of("> =5", Comparison.GREATER),
        Arguments.of("<5", Comparison.LESS),
        Arguments.of("<<", Comparison.LESS),
        Arguments.of("===", Comparison.EQUAL));
  }

  @ParameterizedTest
  @MethodSource("operatorsAtTheStart")
  void readsTheLongestOperatorAtAnOffset(String text, Comparison expected) {
    assertThat(Comparison.at(text, 0)).contains(expected);
    assertThat(Comparison.at("x " + text, 2)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "=", "!", "=>", "=<", "x > 1", " >"})
  void findsNoOperatorWhereNoneStarts(String text) {
    assertThat(Comparison.at(text, 0)).isEqualTo(Optional.empty());
  }

  @Test
  void findsNoOperatorAtTheEndOfTheText() {
    assertThat(Comparison.at("x >", 3)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Comparison.class)
  void printsAsTheSymbolItIsReadFrom(Comparison comparison) {
    assertThat(comparison).hasToString(comparison.symbol());
    assertThat(Comparison.at(comparison.symbol(), 0)).contains(comparison);
    assertThat(Comparison.symbols()).contains(comparison.symbol());
  }

  @Test
  void listsTheSymbolsForMessages() {
    assertThat(Comparison.symbols()).isEqualTo(">, >=, <, <=, ==, !=");
  }

  private static double[] finitePair(Random random) {
    double left = random.nextInt(7) - 3 + (random.nextBoolean() ? 0 : random.nextDouble());
    double right = random.nextInt(3) == 0 ? left : random.nextInt(7) - 3;
    return new double[] {left, right};
  }
}
