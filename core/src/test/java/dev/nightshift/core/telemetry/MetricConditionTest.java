package dev.nightshift.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.testing.MetricConditionGenerator;
import dev.nightshift.core.testing.Property;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricConditionTest {

  private static final String NASTY = "{}\"'\\=~!<>,. \t\n_:0123456789abrinemGB%-+éeE\uD800🚀";

  static Stream<Arguments> examples() {
    Selector clients = Selector.of("redis_connected_clients");
    return Stream.of(
        Arguments.of("redis_connected_clients > 280", gauge(clients, Comparison.GREATER, 280)),
        Arguments.of(
            "ws_reconnection_count increase > 3 in 5m",
            new MetricCondition(
                Selector.of("ws_reconnection_count"),
                Optional.of(RangeFunction.INCREASE),
                Optional.of(Duration.ofMinutes(5)),
                new Bound(Comparison.GREATER, 3))),
        Arguments.of(
            "ws_messages_received rate > 0",
            new MetricCondition(
                Selector.of("ws_messages_received"),
                Optional.of(RangeFunction.RATE),
                Optional.empty(),
                new Bound(Comparison.GREATER, 0))),
        Arguments.of("redis_connected_clients < 200", gauge(clients, Comparison.LESS, 200)),
        Arguments.of(
            "redis_mem_fragmentation_ratio < 1.2",
            gauge(Selector.of("redis_mem_fragmentation_ratio"), Comparison.LESS, 1.2)),
        Arguments.of(
            "kafka_consumer_group_lag{group=\"redis-writer-entity\"} > 10000",
            gauge(
                new Selector(
                    "kafka_consumer_group_lag",
                    List.of(new LabelMatcher("group", MatchOp.EQUAL, "redis-writer-entity"))),
                Comparison.GREATER,
                10000)),
        Arguments.of(
            "http_requests_total{job=\"api\",code=~\"5..\"} rate >= 0.5 in 2m",
            new MetricCondition(
                new Selector(
                    "http_requests_total",
                    List.of(
                        new LabelMatcher("job", MatchOp.EQUAL, "api"),
                        new LabelMatcher("code", MatchOp.REGEX, "5.."))),
                Optional.of(RangeFunction.RATE),
                Optional.of(Duration.ofMinutes(2)),
                new Bound(Comparison.GREATER_OR_EQUAL, 0.5))),
        Arguments.of(
            "redis_memory_used_bytes > 30GB",
            gauge(Selector.of("redis_memory_used_bytes"), Comparison.GREATER, 30e9)));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void parsesTheExamplesAsWritten(String text, MetricCondition expected) {
    assertThat(MetricCondition.parse(text)).isEqualTo(ParseResult.valid(expected));
  }

  @Test
  void printsTheCanonicalText() {
    assertThat(parse("ws_reconnection_count increase > 3 in 5m"))
        .hasToString("ws_reconnection_count increase > 3 in 5m");
    assertThat(parse("  x{ a = 'it\\'s' , b !~ \"\\\\d\" , } avg_over_time<=-1.5e3 in 90s "))
        .hasToString("x{a=\"it's\",b!~\"\\\\d\"} avg_over_time <= -1500 in 1m30s");
    assertThat(parse("redis_memory_used_bytes > 30GB"))
        .hasToString("redis_memory_used_bytes > 30000000000");
    assertThat(parse("x{} > 1")).hasToString("x > 1");
  }

  @Test
  void usesTheDefaultWindowOnlyWithAFunction() {
    assertThat(parse("x rate > 0").window()).contains(MetricCondition.DEFAULT_WINDOW);
    assertThat(parse("x rate > 0 in 5m").window()).contains(Duration.ofMinutes(5));
    assertThat(parse("x > 0").window()).isEmpty();
  }

  @Test
  void testsValuesAgainstTheBound() {
    MetricCondition condition = parse("redis_connected_clients > 280");
    assertThat(condition.test(281)).isTrue();
    assertThat(condition.test(280)).isFalse();
    assertThat(parse("x == 2").test(2)).isTrue();
  }

  @Test
  void rejectsAWindowWithoutAFunctionWhenBuilt() {
    Bound bound = new Bound(Comparison.GREATER, 1);
    assertThatThrownBy(() ->
            new MetricCondition(
                Selector.of("x"), Optional.empty(), Optional.of(Duration.ofMinutes(1)), bound))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a function");
    assertThatThrownBy(() ->
            new MetricCondition(
                Selector.of("x"),
                Optional.of(RangeFunction.RATE),
                Optional.of(Duration.ZERO),
                bound))
        .hasMessage("the window must be longer than zero");
    assertThatThrownBy(() ->
            new MetricCondition(
                Selector.of("x"),
                Optional.of(RangeFunction.RATE),
                Optional.of(Duration.ofNanos(1_500_000)),
                bound))
        .hasMessage("the window must be a whole number of milliseconds");
  }

  @Test
  void readsBackEveryConditionItPrints() {
    Property.forAll(
        2000,
        MetricConditionGenerator::condition,
        c -> assertThat(MetricCondition.parse(c.toString())).isEqualTo(ParseResult.valid(c)));
  }

  @Test
  void neverThrowsOnGarbage() {
    Property.forAll(
        3000,
        MetricConditionTest::garbage,
        text -> {
          switch (MetricCondition.parse(text)) {
            case ParseResult.Valid<MetricCondition> v ->
                assertThat(MetricCondition.parse(v.value().toString()))
                    .isEqualTo(ParseResult.valid(v.value()));
            case ParseResult.Invalid<MetricCondition> i ->
                assertThat(i.offset()).isBetween(0, text.length());
          }
        });
  }

  // Valid text with random edits, so that most garbage gets deep into the grammar.
  private static String garbage(Random random) {
    StringBuilder text = new StringBuilder(MetricConditionGenerator.condition(random).toString());
    for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
      int at = random.nextInt(text.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> text.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(3)));
        case 2 -> text.setLength(at);
        default -> text.insert(at, " in " + random.nextInt(100) + "mx".charAt(random.nextInt(2)));
      }
    }
    return text.toString();
  }

  private static MetricCondition parse(String text) {
    return MetricCondition.parse(text).orThrow();
  }

  private static MetricCondition gauge(Selector selector, Comparison comparison, double value) {
    return MetricCondition.ofGauge(selector, new Bound(comparison, value));
  }
}
