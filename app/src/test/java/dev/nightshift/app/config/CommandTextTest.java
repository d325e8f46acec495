package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTextTest {

  @Test
  void splitsOnWhitespaceHonouringQuotesAndEscapes() {
    assertThat(CommandText.split("redis-cli CONFIG SET save \"900 1\" 'a b' c\\ d").orThrow())
        .containsExactly("redis-cli", "CONFIG", "SET", "save", "900 1", "a b", "c d");
  }

  @Test
  void keepsShellCharactersInsideQuotesAsText() {
    assertThat(CommandText.split("echo 'a; b | c'").orThrow()).containsExactly("echo", "a; b | c");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a; b",
        "a | b",
        "a && b",
        "a > f",
        "a < f",
        "echo $(id)",
        "echo ${HOME}",
        "a & ",
        "echo `id`",
        "a || b"
      })
  void rejectsShellSyntaxOutsideQuotes(String command) {
    assertThat(CommandText.split(command))
        .isInstanceOfSatisfying(
            ParseResult.Invalid.class,
            i -> assertThat(i.message()).contains("commands run without a shell"));
  }

  @Test
  void rejectsUnterminatedQuotesAndEmptyCommands() {
    assertThat(CommandText.split("a 'b"))
        .isEqualTo(ParseResult.invalid("unterminated single quote", 4));
    assertThat(CommandText.split("   "))
        .isEqualTo(ParseResult.invalid("a command needs at least a program"));
  }

  @Test
  void pointsAtTheShellSyntax() {
    assertThat(CommandText.split("redis-cli PING; id"))
        .isEqualTo(
            ParseResult.invalid(
                "shell syntax ';' at character 15 is not allowed: commands run without a shell, as an argument list",
                14));
  }
}
