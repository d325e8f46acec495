package dev.nightshift.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.net.Endpoint;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the envelope of Prometheus' API answers, successful or not. */
class PrometheusApiTest {

  private final PrometheusApi api =
      new PrometheusApi(
          Endpoint.of(URI.create("http://user:pw@prom.example:9090/"), Duration.ofSeconds(1)));

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void answersTheDataOfASuccess() {
    PrometheusApi.Answer answer =
        api.envelope(
            200,
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]},"
                + "\"warnings\":[\"x\"]}",
            "up");

    assertThat(answer).isInstanceOf(PrometheusApi.Answer.Data.class);
    assertThat(((PrometheusApi.Answer.Data) answer).data().path("resultType").asText())
        .isEqualTo("vector");
  }

  @Test
  void aBadQueryIsNotRetryableAndCarriesPrometheusMessage() {
    assertThat(
            api.envelope(
                400,
                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter"
                    + " \\\"query\\\": 1:5: parse error: unexpected end of input\"}",
                "up{a"))
        .isEqualTo(
            new PrometheusApi.Answer.Failed(
                "Prometheus could not evaluate 'up{a': bad_data: invalid parameter \"query\":"
                    + " 1:5: parse error: unexpected end of input",
                false));
  }

  @Test
  void aQueryTimeoutOrAnOverloadedServerIsRetryable() {
    assertThat(
            api.envelope(
                503,
                "{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out\"}",
                "x"))
        .isEqualTo(
            new PrometheusApi.Answer.Failed(
                "Prometheus could not evaluate 'x': timeout: query timed out", true));
    assertThat(
            api.envelope(
                422, "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"e\"}", "x"))
        .isEqualTo(
            new PrometheusApi.Answer.Failed(
                "Prometheus could not evaluate 'x': execution: e", false));
  }

  @Test
  void anAnswerThatIsNotJsonNamesTheServerWithoutCredentials() {
    assertThat(api.envelope(502, "<html>Bad Gateway</html>", "up"))
        .isEqualTo(
            new PrometheusApi.Answer.Failed(
                "Prometheus at http://prom.example:9090/ answered HTTP 502 without JSON for 'up':"
                    + " <html>Bad Gateway</html>",
                true));
    assertThat(api.envelope(200, "{\"status\":\"success\",", "up"))
        .isEqualTo(
            new PrometheusApi.Answer.Failed(
                "Prometheus at http://prom.example:9090/ answered HTTP 200 without JSON for"
                    + " 'up': {\"status\":\"success\",",
                false));
  }
}
