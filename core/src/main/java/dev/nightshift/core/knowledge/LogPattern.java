package dev.nightshift.core.knowledge;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The log signal of a signature: a regex found anywhere in one of the node's recent error lines.
 * Compiled once; equal when the regex text is equal.
 */
public final class LogPattern {

  private final String regex;
  private final Pattern pattern;

  private LogPattern(String regex) {
    this.regex = regex;
    this.pattern = Pattern.compile(regex);
  }

  /**
   * @throws java.util.regex.PatternSyntaxException if the regex does not compile
   */
  public static LogPattern of(String regex) {
    Objects.requireNonNull(regex, "regex");
    if (regex.isEmpty()) {
      throw new IllegalArgumentException("a log pattern cannot be empty");
    }
    return new LogPattern(regex);
  }

  public String regex() {
    return regex;
  }

  public boolean matches(String line) {
    return pattern.matcher(line).find();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LogPattern that && regex.equals(that.regex);
  }

  @Override
  public int hashCode() {
    return regex.hashCode();
  }

  @Override
  public String toString() {
    return regex;
  }
}
