package dev.nightshift.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the {@code data} of Prometheus' documented query responses. */
class PrometheusResultsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsOneSamplePerSeriesWithItsLabelsSorted() throws Exception {
    JsonNode data =
        data(
            """
            {"resultType":"vector","result":[
              {"metric":{"job":"redis","__name__":"redis_connected_clients","instance":"a:9121"},
               "value":[1777636800.123,"291"]},
              {"metric":{"__name__":"redis_connected_clients","instance":"b:9121","job":"redis"},
               "value":[1777636800.123,"12.5"]}]}
            """);

    assertThat(PrometheusResults.instant(data, "redis_connected_clients"))
        .isEqualTo(
            new MetricReading.Values(
                List.of(
                    new Sample("redis_connected_clients{instance=\"a:9121\",job=\"redis\"}", 291),
                    new Sample(
                        "redis_connected_clients{instance=\"b:9121\",job=\"redis\"}", 12.5))));
  }

  @Test
  void namesSeriesWithoutAMetricNameByTheExpression() throws Exception {
    JsonNode data =
        data(
            """
            {"resultType":"vector","result":[
              {"metric":{"group":"w\\"1"},"value":[1,"4"]},
              {"metric":{},"value":[1,"7"]}]}
            """);

    assertThat(PrometheusResults.instant(data, " increase(x[5m]) "))
        .isEqualTo(
            new MetricReading.Values(
                List.of(
                    new Sample("increase(x[5m]){group=\"w\\\"1\"}", 4),
                    new Sample("increase(x[5m])", 7))));
  }

  @Test
  void readsAScalarAsOneSampleNamedByTheExpression() throws Exception {
    assertThat(
            PrometheusResults.instant(
                data("{\"resultType\":\"scalar\",\"result\":[1777636800,\"0.25\"]}"), "vector(1)"))
        .isEqualTo(new MetricReading.Values(List.of(new Sample("vector(1)", 0.25))));
  }

  @Test
  void readsNotANumberAndInfinitiesAsPrometheusWritesThem() throws Exception {
    JsonNode data =
        data(
            """
            {"resultType":"vector","result":[
              {"metric":{"s":"a"},"value":[1,"NaN"]},
              {"metric":{"s":"b"},"value":[1,"+Inf"]},
              {"metric":{"s":"c"},"value":[1,"-Inf"]},
              {"metric":{"s":"d"},"value":[1,"1e+21"]}]}
            """);

    MetricReading.Values values = (MetricReading.Values) PrometheusResults.instant(data, "x");

    assertThat(values.samples())
        .extracting(Sample::value)
        .containsExactly(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e21);
  }

  @Test
  void anEmptyResultIsNoDataNotHealthy() throws Exception {
    assertThat(
            PrometheusResults.instant(
                data("{\"resultType\":\"vector\",\"result\":[]}"), "up{job=\"gone\"}"))
        .isEqualTo(
            new MetricReading.Unavailable("Prometheus has no data for 'up{job=\"gone\"}'", true));
  }

  @Test
  void refusesResultsThatAreNotNumbersNow() throws Exception {
    assertThat(
            PrometheusResults.instant(data("{\"resultType\":\"matrix\",\"result\":[]}"), "x[5m]"))
        .isEqualTo(
            new MetricReading.Unavailable(
                "Prometheus answered 'x[5m]' with a matrix, not a number", false));
    assertThat(
            PrometheusResults.instant(
                data("{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1]}]}"),
                "x"))
        .isEqualTo(
            new MetricReading.Unavailable(
                "Prometheus answered 'x' with a sample without a value: [1]", false));
    assertThat(
            PrometheusResults.instant(
                data(
                    "{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\"x\"]}]}"),
                "x"))
        .isEqualTo(
            new MetricReading.Unavailable(
                "Prometheus answered 'x' with a value that is not a number: \"x\"", false));
  }

  @Test
  void readsARangeAsSeriesOfTimedPoints() throws Exception {
    JsonNode data =
        data(
            """
            {"resultType":"matrix","result":[
              {"metric":{"__name__":"up","job":"redis"},
               "values":[[1777636800,"1"],[1777636815.5,"0"]]}]}
            """);

    assertThat(PrometheusResults.range(data, "up"))
        .isEqualTo(
            new MetricRange.Values(
                List.of(
                    new MetricRange.Series(
                        "up{job=\"redis\"}",
                        List.of(
                            new MetricRange.Point(Instant.parse("2026-05-01T12:00:00Z"), 1),
                            new MetricRange.Point(
                                Instant.parse("2026-05-01T12:00:15.500Z"), 0))))));
  }

  @Test
  void anEmptyRangeIsNoData() throws Exception {
    assertThat(PrometheusResults.range(data("{\"resultType\":\"matrix\",\"result\":[]}"), "up"))
        .isEqualTo(
            new MetricRange.Unavailable("Prometheus has no data for 'up' in that range", true));
  }

  private static JsonNode data(String json) throws Exception {
    return JSON.readTree(json);
  }
}
