package dev.nightshift.platform;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value}, each one known in advance. */
final class Args {

  private final Map<String, String> values;

  private Args(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Parses {@code argv} against the option names a program knows.
   *
   * @throws IllegalArgumentException naming the unknown option or the one missing its value
   */
  static Args parse(String[] argv, Set<String> known) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < argv.length; i += 2) {
      String flag = argv[i];
      String name = flag.startsWith("--") ? flag.substring(2) : "";
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + flag + "; known: --" + known);
      }
      if (i + 1 >= argv.length) {
        throw new IllegalArgumentException("option " + flag + " needs a value");
      }
      values.put(name, argv[i + 1]);
    }
    return new Args(values);
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** An integer option within {@code [min, max]}. */
  int number(String name, int fallback, int min, int max) {
    String raw = values.get(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            "--" + name + " must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, was " + raw, e);
    }
  }

  /** A required TCP port. */
  int port(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException("option --" + name + " is required");
    }
    return number(name, 0, 1, 65_535);
  }

  Duration millis(String name, int fallback) {
    return Duration.ofMillis(number(name, fallback, 1, 3_600_000));
  }
}
