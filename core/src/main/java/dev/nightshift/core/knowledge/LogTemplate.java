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
  // A syslog-style timestamp starts with words ("Nov 22 01:54:23"), so it is dropped by shape.
  private static final Pattern SYSLOG_TIME =
      Pattern.compile(
          "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +)?"
              + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\\d{1,2},? +(?:\\d{4} +)?"
              + "\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?\\s*");
  private static final Pattern FIRST_WORD = Pattern.compile("[A-Za-z_][A-Za-z_.]{2,}");
  private static final Pattern LEVEL =
      Pattern.compile("(?i)(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\\b[\\]:]?\\s*");

  private static final String WILDCARD = "\\S+";

  private LogTemplate() {}

  /** The pattern for {@code line}; it always matches {@code line} itself. */
  public static String of(String line) {
    String message = withoutPrefix(line.strip());
    StringBuilder regex = new StringBuilder();
    Matcher m = VARIABLE.matcher(message);
    int at = 0;
    boolean whole = true;
    while (whole && m.find()) {
      String between = message.substring(at, m.start());
      whole = append(regex, between) && wildcard(regex, between.isEmpty() && at > 0);
      at = m.end();
    }
    if (whole) {
      append(regex, message.substring(at));
    }
    String pattern = regex.toString().strip();
    if (pattern.isEmpty()) {
      StringBuilder all = new StringBuilder();
      append(all, line.strip());
      return all.toString().strip();
    }
    return pattern;
  }

  // Escaped character by character, so that a cut at MAX_LENGTH never leaves half an escape
  // (a dangling backslash would not compile); false when the cut came.
  private static boolean append(StringBuilder regex, String text) {
    for (char c : text.toCharArray()) {
      String piece = "\\^$.|?*+()[]{}".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
      if (regex.length() + piece.length() > MAX_LENGTH) {
        return false;
      }
      regex.append(piece);
    }
    return true;
  }

  // Adjacent variables are one wildcard; variables with text between stay apart, since a wildcard
  // of non-space characters cannot stand for the space between them.
  private static boolean wildcard(StringBuilder regex, boolean adjacent) {
    if (adjacent && regex.toString().endsWith(WILDCARD)) {
      return true;
    }
    if (regex.length() + WILDCARD.length() > MAX_LENGTH) {
      return false;
    }
    regex.append(WILDCARD);
    return true;
  }

  private static String withoutPrefix(String text) {
    Matcher time = SYSLOG_TIME.matcher(text);
    String line =
        time.lookingAt() && time.end() < text.length() ? text.substring(time.end()) : text;
    Matcher word = FIRST_WORD.matcher(line);
    String rest = word.find() ? line.substring(word.start()) : line;
    Matcher level = LEVEL.matcher(rest);
    if (level.lookingAt() && level.end() < rest.length()) {
      rest = rest.substring(level.end());
    }
    return rest;
  }
}
