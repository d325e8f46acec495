package dev.nightshift.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.MetricCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromQlTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          redis_connected_clients > 280                 | redis_connected_clients > 280
          ws_reconnection_count increase > 3 in 5m      | increase(ws_reconnection_count[5m]) > 3
          ws_messages_received rate > 0                 | rate(ws_messages_received[1m]) > 0
          redis_connected_clients < 200                 | redis_connected_clients < 200
          redis_mem_fragmentation_ratio < 1.2           | redis_mem_fragmentation_ratio < 1.2
          kafka_consumer_group_lag{group="redis-writer-entity"} > 10000 \
            | kafka_consumer_group_lag{group="redis-writer-entity"} > 10000
          http_requests_total{job="api",code=~"5.."} rate >= 0.5 in 2m \
            | rate(http_requests_total{job="api",code=~"5.."}[2m]) >= 0.5
          redis_memory_used_bytes > 30GB                | redis_memory_used_bytes > 30000000000
          """)
  void rendersTheExamples(String condition, String promQl) {
    assertThat(render(condition)).isEqualTo(promQl);
  }

  @Test
  void rendersEveryFunctionOverItsWindow() {
    assertThat(render("x delta < -5 in 1h30m")).isEqualTo("delta(x[1h30m]) < -5");
    assertThat(render("x avg_over_time <= 0.25")).isEqualTo("avg_over_time(x[1m]) <= 0.25");
    assertThat(render("x min_over_time == 0 in 250ms")).isEqualTo("min_over_time(x[250ms]) == 0");
    assertThat(render("x max_over_time != 1 in 2d")).isEqualTo("max_over_time(x[2d]) != 1");
  }

  @Test
  void printsThresholdsAsPlainNumbersPrometheusParses() {
    assertThat(render("x > 1e20")).isEqualTo("x > 1E+20");
    assertThat(render("x < -1.5e-7")).isEqualTo("x < -1.5E-7");
    assertThat(render("x > 80%")).isEqualTo("x > 80");
    assertThat(render("x > 1h")).isEqualTo("x > 3600");
    assertThat(render("x > 512MiB")).isEqualTo("x > 536870912");
  }

  @Test
  void escapesLabelValuesAsPromQlStrings() {
    assertThat(render("x{a='say \"hi\"\\\\ \\n\\t it\\'s é 🚀'} > 1"))
        .isEqualTo("x{a=\"say \\\"hi\\\"\\\\ \\n\\t it's é 🚀\"} > 1");
    assertThat(render("x{a=\"\r\u0001\"} > 1")).isEqualTo("x{a=\"\\r\\u0001\"} > 1");
    assertThat(render("x{path!~\"/health.*\",code!=\"200\"} > 1"))
        .isEqualTo("x{path!~\"/health.*\",code!=\"200\"} > 1");
  }

  @Test
  void selectsMetricsNamedLikeKeywordsThroughTheNameLabel() {
    assertThat(render("on > 1")).isEqualTo("{__name__=\"on\"} > 1");
    assertThat(render("NaN{a=\"b\"} rate > 0"))
        .isEqualTo("rate({__name__=\"NaN\",a=\"b\"}[1m]) > 0");
    assertThat(render("job:http_requests:rate5m > 1")).isEqualTo("job:http_requests:rate5m > 1");
  }

  @Test
  void rendersOnlyTheLeftHandSideForCallersThatCompareThemselves() {
    assertThat(
            PromQl.leftHandSide(MetricCondition.parse("x{a=\"b\"} increase > 3 in 5m").orThrow()))
        .isEqualTo("increase(x{a=\"b\"}[5m])");
    assertThat(
            PromQl.leftHandSide(MetricCondition.parse("redis_connected_clients < 280").orThrow()))
        .isEqualTo("redis_connected_clients");
  }

  @Test
  void comparesAHealthcheckExpressionAgainstABound() {
    Bound bound = Bound.parse("< 280").orThrow();
    assertThat(PromQl.render(" sum(rate(x[5m])) ", bound)).isEqualTo("(sum(rate(x[5m]))) < 280");
    assertThatThrownBy(() -> PromQl.render(" ", bound))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the PromQL expression is empty");
  }

  private static String render(String condition) {
    return PromQl.render(MetricCondition.parse(condition).orThrow());
  }
}
