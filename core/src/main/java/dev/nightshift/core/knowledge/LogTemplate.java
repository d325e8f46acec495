package dev.nightshift.core.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one error line into a log pattern that matches the same message again: the timestamp and
 * level before the first word are dropped, and what varies between occurrences (numbers, hex ids,
 * addresses, durations) becomes a wildcard; the rest is matched literally.
 */
public final class LogTemplate {

  /** Longest pattern kept: the start of a message identifies it, a stack of details does not. */
  static final int MAX_LENGTH = 160;

  private static final Pattern VARIABLE =
      Pattern.compile(
          "0x[0-9a-fA-F]+"
              + "|\\b[0-9a-fA-F]*\\d[0-9a-fA-F]*(?:-[0-9a-fA-F]+){2,}\\b" // uuids, trace ids
              + "|\\b[0-9a-fA-F]{12,}\\b"
              + "|\\d+(?:[.:,]\\d+)*(?:ms|s|m|h|%|[kKMG]i?B)?");
  private static final Pattern FIRST_WORD = Pattern.compile("[A-Za-z_][A-Za-z_.]{2,}");
  private static final Pattern LEVEL =
      Pattern.compile("(?i)(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\\b[\\]:]?\\s*");

  private LogTemplate() {}

  /** The pattern for {@code line}; it always matches {@code line} itself. */
  public static String of(String line) {
    String message = withoutPrefix(line.strip());
    StringBuilder regex = new StringBuilder();
    Matcher m = VARIABLE.matcher(message);
    int at = 0;
    while (m.find() && regex.length() < MAX_LENGTH) {
      regex.append(literal(message.substring(at, m.start()))).append("\\S+");
      at = m.end();
    }
    if (regex.length() < MAX_LENGTH) {
      regex.append(literal(message.substring(at)));
    }
    String pattern = regex.toString().replaceAll("(\\\\S\\+)(?:\\s*\\\\S\\+)+", "$1");
    return pattern.isBlank() ? literal(line.strip()) : pattern.strip();
  }

  private static String withoutPrefix(String line) {
    Matcher word = FIRST_WORD.matcher(line);
    String rest = word.find() ? line.substring(word.start()) : line;
    Matcher level = LEVEL.matcher(rest);
    if (level.lookingAt() && level.end() < rest.length()) {
      rest = rest.substring(level.end());
    }
    return rest;
  }

  private static String literal(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
