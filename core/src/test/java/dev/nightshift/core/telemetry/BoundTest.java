package dev.nightshift.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.testing.MetricConditionGenerator;
import dev.nightshift.core.testing.Property;
import org.junit.jupiter.api.Test;

class BoundTest {

  @Test
  void parsesABareComparison() {
    assertThat(Bound.parse("< 280")).isEqualTo(ParseResult.valid(new Bound(Comparison.LESS, 280)));
    assertThat(Bound.parse(" >=0.5 ")).isEqualTo(ParseResult.valid(bound(">=", 0.5)));
    assertThat(Bound.parse("> 60s")).isEqualTo(ParseResult.valid(bound(">", 60)));
    assertThat(Bound.parse("!= -1e-3")).isEqualTo(ParseResult.valid(bound("!=", -0.001)));
  }

  @Test
  void treatsNegativeZeroAsZero() {
    assertThat(new Bound(Comparison.EQUAL, -0.0)).isEqualTo(new Bound(Comparison.EQUAL, 0.0));
  }

  @Test
  void rejectsAnInfiniteThreshold() {
    assertThatThrownBy(() -> new Bound(Comparison.LESS, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsBackEveryBoundItPrints() {
    Property.forAll(
        2000,
        MetricConditionGenerator::bound,
        b -> assertThat(Bound.parse(b.toString())).isEqualTo(ParseResult.valid(b)));
  }

  private static Bound bound(String symbol, double threshold) {
    return new Bound(Comparison.at(symbol, 0).orElseThrow(), threshold);
  }
}
