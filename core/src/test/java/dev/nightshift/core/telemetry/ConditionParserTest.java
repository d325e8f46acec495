package dev.nightshift.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.ParseResult;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionParserTest {

  private static final String COMPARISONS = "expected a comparison (>, >=, <, <=, ==, !=)";
  private static final String FUNCTIONS =
      " (functions: rate, increase, delta, avg_over_time, min_over_time, max_over_time)";

  static Stream<Arguments> invalidConditions() {
    return Stream.of(
        invalid("", "expected a condition such as 'redis_connected_clients > 280', got nothing", 0),
        invalid(
            "   ", "expected a condition such as 'redis_connected_clients > 280', got nothing", 3),
        invalid("> 280", "expected a metric name, got '>'", 0),
        invalid("5xx_total > 1", "expected a metric name, got '5xx_total'", 0),
        invalid("redis_connected_clients", COMPARISONS + " after 'redis_connected_clients'", 23),
        invalid("x 280", COMPARISONS + " after 'x', got '280'", 2),
        invalid("x{a=\"b\"} rate", COMPARISONS + " after 'rate'", 13),
        invalid("x = 3", "'=' is not a comparison; write '==' to compare for equality", 2),
        invalid(
            "x rates > 0", "unknown function 'rates'" + FUNCTIONS + "; did you mean 'rate'?", 2),
        invalid(
            "x increse > 3 in 5m",
            "unknown function 'increse'" + FUNCTIONS + "; did you mean 'increase'?",
            2),
        invalid("x sum > 3", "unknown function 'sum'" + FUNCTIONS, 2),
        invalid("x >", "expected a number after '>'", 3),
        invalid("x >= abc", "expected a number after '>=', got 'abc'", 5),
        invalid("x > 1e400", "'1e400' is too large a number", 4),
        invalid(
            "x > 30GX",
            "'30GX' has an unknown unit 'GX' (units: ms, s, m, h, d, w, B, KB, MB, GB, TB, KiB,"
                + " MiB, GiB, TiB, %)",
            4),
        invalid(
            "ws_reconnection_count > 3 in 5m",
            "'in 5m' needs a function such as rate or increase before the comparison",
            26),
        invalid("x rate > 3 in", "expected a duration such as 5m after 'in'", 13),
        invalid("x rate > 3 in 5", "'5' has no unit: write 5s for seconds, or use m, h, ms", 14),
        invalid("x rate > 3 in 0s", "'in 0s': the window must be longer than zero", 14),
        invalid("x rate > 3 in 400d", "'in 400d': the window can be at most 366d", 14),
        invalid("x > 3 xyz", "unexpected 'xyz' after the condition", 6),
        invalid("x rate > 3 in 5m 10m", "unexpected '10m' after the condition", 17),
        invalid("x{a=\"b} > 1", "unterminated string in label matcher", 4),
        invalid("x{a='b\\'} > 1", "unterminated string in label matcher", 4),
        invalid(
            "x{a=\"\\d\"} > 1",
            "unknown escape '\\d' in label value (escapes: \\\" \\' \\\\ \\n \\t;"
                + " write a regex's \\d as \\\\d)",
            5),
        invalid("x{code=~\"5..(\"} > 1", "invalid regex for label 'code': Unclosed group", 8),
        invalid("x{a=b} > 1", "expected a quoted label value after 'a='", 4),
        invalid("x{a==\"b\"} > 1", "expected a quoted label value after 'a='", 4),
        invalid("x{a \"b\"} > 1", "expected a label matcher operator (=, !=, =~, !~) after 'a'", 4),
        invalid("x{=\"b\"} > 1", "expected a label name, got '=\"b\"}'", 2),
        invalid("x{a:b=\"c\"} > 1", "'a:b' is not a label name (letters, digits and '_')", 2),
        invalid(
            "x{__name__=\"y\"} > 1",
            "'__name__' cannot be matched in braces; write the metric name before '{'",
            2),
        invalid(
            "x{a=\"b\" c=\"d\"} > 1",
            "expected ',' or '}' after a label matcher, got 'c=\"d\"}'",
            8),
        invalid("x{a=\"b\",", "unclosed '{' after 'x'", 1),
        invalid("x{a=\"\uD800\"} > 1", "the value for label 'a' is not valid Unicode", 4));
  }

  static Stream<Arguments> invalidBounds() {
    return Stream.of(
        invalid("", COMPARISONS + " such as '< 280'", 0),
        invalid("280", COMPARISONS + " such as '< 280', got '280'", 0),
        invalid("<", "expected a number after '<'", 1),
        invalid("< 280 in 5m", "unexpected 'in' after the condition", 6));
  }

  @ParameterizedTest
  @MethodSource("invalidConditions")
  void reportsWhatIsWrongWithAConditionAndWhere(String text, String message, int offset) {
    assertThat(MetricCondition.parse(text)).isEqualTo(ParseResult.invalid(message, offset));
  }

  @ParameterizedTest
  @MethodSource("invalidBounds")
  void reportsWhatIsWrongWithABoundAndWhere(String text, String message, int offset) {
    assertThat(Bound.parse(text)).isEqualTo(ParseResult.invalid(message, offset));
  }

  private static Arguments invalid(String text, String message, int offset) {
    return Arguments.of(text, message, offset);
  }
}
