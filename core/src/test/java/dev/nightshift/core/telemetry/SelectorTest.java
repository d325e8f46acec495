package dev.nightshift.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorTest {

  private static final Selector API_ERRORS =
      new Selector(
          "http_requests_total",
          List.of(
              new LabelMatcher("job", MatchOp.EQUAL, "api"),
              new LabelMatcher("code", MatchOp.REGEX, "5.."),
              new LabelMatcher("env", MatchOp.NOT_EQUAL, "test"),
              new LabelMatcher("path", MatchOp.NOT_REGEX, "/health.*")));

  @Test
  void aBareNameMatchesAnyLabels() {
    Selector selector = Selector.of("redis_connected_clients");
    assertThat(selector.matches("redis_connected_clients", Map.of())).isTrue();
    assertThat(selector.matches("redis_connected_clients", Map.of("instance", "a"))).isTrue();
    assertThat(selector.matches("redis_blocked_clients", Map.of())).isFalse();
  }

  @Test
  void matchesEveryOperatorLikePrometheus() {
    assertThat(API_ERRORS.matches("http_requests_total", labels("api", "503", "/orders"))).isTrue();
    assertThat(API_ERRORS.matches("http_requests_total", labels("web", "503", "/orders")))
        .isFalse();
    assertThat(API_ERRORS.matches("http_requests_total", labels("api", "5030", "/orders")))
        .as("regexes are anchored at both ends")
        .isFalse();
    assertThat(API_ERRORS.matches("http_requests_total", labels("api", "500", "/healthz")))
        .isFalse();
    assertThat(
            API_ERRORS.matches(
                "http_requests_total", Map.of("job", "api", "code", "500", "env", "test")))
        .isFalse();
  }

  @Test
  void treatsAMissingLabelAsEmpty() {
    assertThat(API_ERRORS.matches("http_requests_total", Map.of("job", "api", "code", "500")))
        .isTrue();
    Selector needsEmpty = new Selector("x", List.of(new LabelMatcher("shard", MatchOp.EQUAL, "")));
    assertThat(needsEmpty.matches("x", Map.of())).isTrue();
    assertThat(needsEmpty.matches("x", Map.of("shard", "1"))).isFalse();
  }

  @Test
  void copiesItsMatchers() {
    List<LabelMatcher> matchers =
        new ArrayList<>(List.of(new LabelMatcher("a", MatchOp.EQUAL, "b")));
    Selector selector = new Selector("x", matchers);
    matchers.clear();
    assertThat(selector.matchers()).hasSize(1);
  }

  @Test
  void validatesNamesAndValues() {
    assertThatThrownBy(() -> Selector.of("5xx")).hasMessage("not a metric name: '5xx'");
    assertThatThrownBy(() -> new LabelMatcher("a:b", MatchOp.EQUAL, "x"))
        .hasMessage("'a:b' is not a label name (letters, digits and '_')");
    assertThatThrownBy(() -> new LabelMatcher("a", MatchOp.REGEX, "("))
        .hasMessage("invalid regex for label 'a': Unclosed group");
    assertThatThrownBy(() -> new LabelMatcher("__name__", MatchOp.EQUAL, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsEscapedValues() {
    assertThat(new Selector("x", List.of(new LabelMatcher("a", MatchOp.EQUAL, "\"\\\n\t'é"))))
        .hasToString("x{a=\"\\\"\\\\\\n\\t'é\"}");
  }

  private static Map<String, String> labels(String job, String code, String path) {
    return Map.of("job", job, "code", code, "path", path);
  }
}
