package dev.nightshift.app.config.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A parsed YAML value that knows where it was written and its path from the document root. */
public sealed interface YamlNode {

  Source source();

  /** The path from the root, e.g. {@code metrics.x.depends_on[0]}; empty for the root. */
  String path();

  /** How the value reads in an error message: "a mapping", "a list", "'abc'", "nothing". */
  String describe();

  /** The path of a mapping's child. */
  static String childPath(String parent, String key) {
    String segment =
        Keys.SIMPLE.matcher(key).matches() ? key : "['" + key.replace("'", "\\'") + "']";
    if (parent.isEmpty()) {
      return segment;
    }
    return segment.startsWith("[") ? parent + segment : parent + "." + segment;
  }

  /** The path of a list's item. */
  static String itemPath(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** A mapping, in the order it was written. */
  record Mapping(Map<String, Entry> entries, Source source, String path) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping, with where the key itself was written. */
  record Entry(String key, Source keySource, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keySource, "keySource");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, Source source, String path) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar with the type YAML 1.2's core schema gives it: {@code 60s} is a string, {@code 60} an
   * integer, {@code "60"} a string, an empty value null.
   *
   * @param contentColumn the 1-based column where the text starts (after an opening quote), or 0
   *     when the text does not sit on the scalar's first line (block scalars)
   */
  record Scalar(String value, Kind kind, Source source, String path, int contentColumn)
      implements YamlNode {
    /** The YAML 1.2 core-schema type of a scalar. */
    public enum Kind {
      STRING,
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL
    }

    public Scalar {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(path, "path");
    }

    /** A scalar with no text, e.g. what an empty {@code key:} holds. */
    public static Scalar empty(Source source, String path) {
      return new Scalar("", Kind.NULL, source, path, 0);
    }

    /** The file column of the text's {@code offset}-th character, when it can be known. */
    public java.util.OptionalInt columnOf(int offset) {
      return contentColumn > 0 && offset >= 0 && !value.contains("\n")
          ? java.util.OptionalInt.of(contentColumn + offset)
          : java.util.OptionalInt.empty();
    }

    public boolean isNull() {
      return kind == Kind.NULL;
    }

    @Override
    public String describe() {
      if (isNull()) {
        return "nothing";
      }
      String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
      return "'" + shown.replace("\n", "\\n") + "'";
    }
  }

  /** Which keys print bare in a path. */
  final class Keys {
    static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_-]+");

    private Keys() {}
  }
}
