package dev.nightshift.core.telemetry;

import dev.nightshift.core.measure.Comparison;
import java.util.Optional;

/** The tokens of the condition language, read left to right with whitespace between them. */
final class ConditionReader {

  private static final int SNIPPET_LENGTH = 24;

  private final String text;
  private int pos;

  ConditionReader(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** Skips whitespace and returns the offset of the next token. */
  int next() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  boolean atEnd() {
    return next() >= text.length();
  }

  /** Consumes {@code c} if it is the next token. */
  boolean accept(char c) {
    if (!atEnd() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** Whether the next token starts with {@code c}. */
  boolean nextIs(char c) {
    return !atEnd() && text.charAt(pos) == c;
  }

  /** The next word ({@code [a-zA-Z_:][a-zA-Z0-9_:]*}) without consuming it, or "" if none. */
  String peekWord() {
    int end = next();
    if (end < text.length() && isWordStart(text.charAt(end))) {
      end++;
      while (end < text.length() && isWordPart(text.charAt(end))) {
        end++;
      }
    }
    return text.substring(pos, end);
  }

  /** Consumes and returns the next word, or "" if none. */
  String word() {
    String word = peekWord();
    pos += word.length();
    return word;
  }

  /** Consumes and returns the next run of non-whitespace characters, or "" at the end. */
  String token() {
    int start = next();
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  Optional<Comparison> comparison() {
    Optional<Comparison> found = Comparison.at(text, next());
    found.ifPresent(c -> pos += c.symbol().length());
    return found;
  }

  Optional<MatchOp> matchOp() {
    Optional<MatchOp> found = MatchOp.at(text, next());
    found.ifPresent(op -> pos += op.symbol().length());
    return found;
  }

  /** Consumes a single- or double-quoted string at the next token and returns its value. */
  String quoted() {
    int open = next();
    char quote = text.charAt(pos++);
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == quote) {
        pos++;
        return value.toString();
      }
      if (c == '\\' && pos + 1 < text.length()) {
        value.append(unescape(text.charAt(pos + 1)));
        pos += 2;
      } else if (c == '\\') {
        break;
      } else {
        value.append(c);
        pos++;
      }
    }
    throw error("unterminated string in label matcher", open);
  }

  /** The next token quoted for a message, shortened, or {@code nothing} at the end. */
  String snippet() {
    int start = next();
    int end = start;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return start == end ? "nothing" : quote(text.substring(start, end));
  }

  /** Text quoted for a message, shortened if long. */
  static String quote(String text) {
    return "'"
        + (text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) + "…" : text)
        + "'";
  }

  ConditionSyntaxException error(String message, int offset) {
    return new ConditionSyntaxException(message, offset);
  }

  private char unescape(char escaped) {
    return switch (escaped) {
      case '"', '\'', '\\' -> escaped;
      case 'n' -> '\n';
      case 't' -> '\t';
      default ->
          throw error(
              "unknown escape '\\"
                  + escaped
                  + "' in label value (escapes: \\\" \\' \\\\ \\n \\t;"
                  + " write a regex's \\d as \\\\d)",
              pos);
    };
  }

  private static boolean isWordStart(char c) {
    return c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9');
  }
}
