package dev.nightshift.core.telemetry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A function over a window of samples that turns a counter or a jumpy gauge into one comparable
 * value, named as in PromQL so that conditions read like the queries operators already know.
 */
public enum RangeFunction {
  RATE("rate"),
  INCREASE("increase"),
  DELTA("delta"),
  AVG_OVER_TIME("avg_over_time"),
  MIN_OVER_TIME("min_over_time"),
  MAX_OVER_TIME("max_over_time");

  private static final int MAX_SUGGESTION_DISTANCE = 2;

  private final String promQlName;

  RangeFunction(String promQlName) {
    this.promQlName = promQlName;
  }

  /** The name in conditions and in PromQL, e.g. {@code avg_over_time}. */
  public String promQlName() {
    return promQlName;
  }

  /** The function with exactly this name. */
  public static Optional<RangeFunction> named(String name) {
    return Arrays.stream(values()).filter(f -> f.promQlName.equals(name)).findFirst();
  }

  /** The function whose name is closest to a misspelled one, if it is close enough to suggest. */
  public static Optional<RangeFunction> closestTo(String name) {
    RangeFunction best = null;
    int bestDistance = MAX_SUGGESTION_DISTANCE + 1;
    for (RangeFunction f : values()) {
      int distance = editDistance(name.toLowerCase(Locale.ROOT), f.promQlName);
      if (distance < bestDistance) {
        best = f;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The names, for error messages. */
  public static String names() {
    return Arrays.stream(values()).map(RangeFunction::promQlName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return promQlName;
  }

  // Levenshtein distance with two rows; names are short, so this is cheap.
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
