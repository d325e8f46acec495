package dev.nightshift.adapters.loki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogQlTest {

  @Test
  void appendsTheErrorPatternAsARegexLineFilter() {
    assertThat(LogQl.matching("{app=\"a\"}", "ERROR|FATAL|CRITICAL|Exception|Traceback"))
        .isEqualTo("{app=\"a\"} |~ \"ERROR|FATAL|CRITICAL|Exception|Traceback\"");
  }

  @Test
  void escapesTheRegexForAGoDoubleQuotedString() {
    assertThat(LogQl.string("\\d+ \"x\"")).isEqualTo("\"\\\\d+ \\\"x\\\"\"");
    assertThat(LogQl.string("a\nb\tc\rd")).isEqualTo("\"a\\nb\\tc\\rd\"");
    assertThat(LogQl.string("\u0001\u007f é 🚀 `")).isEqualTo("\"\\u0001\\u007f é 🚀 `\"");
  }

  @Test
  void keepsTheNodesPipelineBeforeTheFilter() {
    assertThat(LogQl.matching(" {app=\"a\"} | json | level=\"error\" ", "timeout"))
        .isEqualTo("{app=\"a\"} | json | level=\"error\" |~ \"timeout\"");
  }

  @Test
  void acceptsOnlyLogQueriesThatStartWithAStreamSelector() {
    assertThat(LogQl.lines("{job=~\"api|web\"}")).isEqualTo("{job=~\"api|web\"}");
    assertThatThrownBy(() -> LogQl.lines("sum(rate({app=\"a\"}[1m]))"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LogQl.lines("app=\"a\"")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LogQl.matching("{app=\"a\"}", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the error pattern is empty");
  }
}
