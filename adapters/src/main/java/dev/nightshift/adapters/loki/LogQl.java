package dev.nightshift.adapters.loki;

import dev.nightshift.adapters.net.GoStrings;
import java.util.regex.Pattern;

/**
 * Builds the LogQL Nightshift sends: a node's query, optionally narrowed by a regex line filter.
 */
final class LogQl {

  /** A log query starts with a stream selector; a metric query ({@code rate(...)}) does not. */
  private static final Pattern LOG_QUERY = Pattern.compile("\\{[^}]*}.*", Pattern.DOTALL);

  private LogQl() {}

  /** The node's query as written, after checking that it selects log lines. */
  static String lines(String query) {
    String stripped = query.strip();
    if (!LOG_QUERY.matcher(stripped).matches()) {
      throw new IllegalArgumentException(
          "a Loki query must start with a stream selector such as {job=\"api\"}: " + query);
    }
    return stripped;
  }

  /** The node's query keeping only lines the (RE2) regex matches anywhere: {@code |~ "..."}. */
  static String matching(String query, String regex) {
    if (regex.isEmpty()) {
      throw new IllegalArgumentException("the error pattern is empty");
    }
    return lines(query) + " |~ " + string(regex);
  }

  /**
   * A LogQL double-quoted string, which Loki unquotes as Go does: a regex's own backslashes are
   * doubled, so {@code \d+} arrives as {@code \d+}, not as an invalid Go escape.
   */
  static String string(String value) {
    return GoStrings.quote(value);
  }
}
