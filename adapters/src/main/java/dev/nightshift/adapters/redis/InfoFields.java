package dev.nightshift.adapters.redis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The reply of {@code INFO}: {@code field:value} lines under {@code # Section} headings, kept in
 * the server's order for evidence and read as numbers for conditions.
 */
record InfoFields(Map<String, String> fields) {

  // Plain decimals only: Double.parseDouble would also take "NaN", "Infinity" and hex.
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

  InfoFields {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  static InfoFields parse(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      int colon = line.indexOf(':');
      if (line.isEmpty() || line.startsWith("#") || colon <= 0) {
        continue;
      }
      fields.put(line.substring(0, colon), line.substring(colon + 1));
    }
    return new InfoFields(fields);
  }

  Optional<String> text(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** The field's value when it is a plain number; empty when absent or not a number. */
  OptionalDouble number(String field) {
    String value = fields.get(field);
    if (value == null || !NUMBER.matcher(value).matches()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(value));
  }
}
