package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class LogPatternTest {

  @Test
  void matchesTheRegexAnywhereInTheLine() {
    LogPattern pattern = LogPattern.of("ConnectionError: max number of clients");

    assertThat(pattern.matches("ConnectionError: max number of clients reached")).isTrue();
    assertThat(
            pattern.matches(
                "2026-03-02 ERROR redis.exceptions.ConnectionError: max number of clients"))
        .isTrue();
    assertThat(pattern.matches("ConnectionError: timeout")).isFalse();
  }

  @Test
  void honoursAnchorsAndFlagsWrittenInTheRegex() {
    assertThat(LogPattern.of("^ERROR").matches("ERROR at start")).isTrue();
    assertThat(LogPattern.of("^ERROR").matches("an ERROR later")).isFalse();
    assertThat(LogPattern.of("(?i)oom killed").matches("OOM Killed")).isTrue();
    assertThat(LogPattern.of("oom killed").matches("OOM Killed")).isFalse();
  }

  @Test
  void isEqualToAPatternWithTheSameRegexText() {
    assertThat(LogPattern.of("a+b")).isEqualTo(LogPattern.of("a+b"));
    assertThat(LogPattern.of("a+b")).hasSameHashCodeAs(LogPattern.of("a+b"));
    // Equivalent regexes written differently are different patterns.
    assertThat(LogPattern.of("a+b")).isNotEqualTo(LogPattern.of("aa*b"));
    assertThat(LogPattern.of("a+b")).isNotEqualTo("a+b");
  }

  @Test
  void printsItsRegex() {
    assertThat(LogPattern.of("Traceback.*KeyError")).hasToString("Traceback.*KeyError");
    assertThat(LogPattern.of("Traceback.*KeyError").regex()).isEqualTo("Traceback.*KeyError");
  }

  @Test
  void rejectsAnEmptyRegex() {
    assertThatThrownBy(() -> LogPattern.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a log pattern cannot be empty");
  }

  @Test
  void rejectsARegexThatDoesNotCompile() {
    assertThatThrownBy(() -> LogPattern.of("ERROR(")).isInstanceOf(PatternSyntaxException.class);
  }
}
