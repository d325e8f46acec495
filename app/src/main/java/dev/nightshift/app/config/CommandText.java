package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.measure.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a command as written in a fix step ({@code "redis-cli CLIENT KILL AGE 300"}) or a list of
 * arguments into an argument array. Commands never run through a shell, so shell syntax outside
 * quotes is rejected rather than silently passed to the program as text.
 */
final class CommandText {

  private CommandText() {}

  /** The arguments of a command written as a string or as a list of strings. */
  static Optional<List<String>> read(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Sequence) {
      List<String> argv = Values.texts(node, problems);
      if (argv.isEmpty()) {
        problems.error(node, "a command needs at least a program");
        return Optional.empty();
      }
      return Optional.of(argv);
    }
    return Values.text(node, problems).flatMap(t -> Values.parsed(node, split(t), problems));
  }

  /** Splits on whitespace, honouring single and double quotes and backslash escapes. */
  static ParseResult<List<String>> split(String text) {
    List<String> argv = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inToken = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          current.append(text.charAt(++i));
        } else {
          current.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (inToken) {
          argv.add(current.toString());
          current.setLength(0);
          inToken = false;
        }
      } else {
        String shell = shellSyntaxAt(text, i);
        if (!shell.isEmpty()) {
          return ParseResult.invalid(
              "shell syntax '"
                  + shell
                  + "' at character "
                  + (i + 1)
                  + " is not allowed: commands run without a shell, as an argument list",
              i);
        }
        inToken = true;
        if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '\\' && i + 1 < text.length()) {
          current.append(text.charAt(++i));
        } else {
          current.append(c);
        }
      }
    }
    if (quote != 0) {
      return ParseResult.invalid(
          "unterminated " + (quote == '"' ? "double" : "single") + " quote", text.length());
    }
    if (inToken) {
      argv.add(current.toString());
    }
    return argv.isEmpty()
        ? ParseResult.invalid("a command needs at least a program")
        : ParseResult.valid(argv);
  }

  private static String shellSyntaxAt(String text, int i) {
    for (String token : List.of("&&", "||", "$(", "${", ";", "|", "&", ">", "<", "`")) {
      if (text.startsWith(token, i)) {
        return token;
      }
    }
    return "";
  }
}
