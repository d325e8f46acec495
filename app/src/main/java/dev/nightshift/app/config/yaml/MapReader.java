package dev.nightshift.app.config.yaml;

import dev.nightshift.core.measure.Quantity;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the fields of one YAML mapping. Every key a reader asks for becomes part of the mapping's
 * schema, so {@link #finish()} can report the keys nobody asked for, with a "did you mean".
 */
public final class MapReader {

  private final YamlNode.Mapping map;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  public MapReader(YamlNode.Mapping map, Problems problems) {
    this.map = map;
    this.problems = problems;
  }

  /** A reader for {@code node}, or empty after reporting that it is not a mapping. */
  public static Optional<MapReader> of(YamlNode node, Problems problems) {
    return Values.mapping(node, problems).map(m -> new MapReader(m, problems));
  }

  public YamlNode.Mapping mapping() {
    return map;
  }

  public Problems problems() {
    return problems;
  }

  public String path() {
    return map.path();
  }

  public Source source() {
    return map.source();
  }

  /** The path a key has (or would have) in this mapping. */
  public String pathOf(String key) {
    return YamlNode.childPath(map.path(), key);
  }

  /** Accepts keys this reader does not read itself (a caller reads them). */
  public void allow(String... keys) {
    known.addAll(List.of(keys));
  }

  /** Whether the key is written with a non-empty value. */
  public boolean has(String key) {
    return node(key).isPresent();
  }

  /** The key's value if written and not empty. */
  public Optional<YamlNode> node(String key) {
    known.add(key);
    YamlNode.Entry entry = map.entries().get(key);
    if (entry == null || (entry.value() instanceof YamlNode.Scalar s && s.isNull())) {
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** The key's value, or empty after reporting that it is missing or empty. */
  public Optional<YamlNode> required(String key) {
    Optional<YamlNode> value = node(key);
    if (value.isEmpty()) {
      YamlNode.Entry entry = map.entries().get(key);
      if (entry == null) {
        problems.error(map.source(), pathOf(key), "required field is missing");
      } else {
        problems.error(entry.value(), "required field is empty");
      }
    }
    return value;
  }

  public Optional<String> text(String key) {
    return read(key, false, Values::text);
  }

  public Optional<String> requiredText(String key) {
    return read(key, true, Values::text);
  }

  public Optional<Duration> duration(String key) {
    return read(key, false, Values::duration);
  }

  public Optional<Duration> positiveDuration(String key) {
    return read(key, false, Values::positiveDuration);
  }

  public Optional<Duration> requiredPositiveDuration(String key) {
    return read(key, true, Values::positiveDuration);
  }

  public Optional<Quantity> quantity(String key) {
    return read(key, false, Values::quantity);
  }

  public Optional<Double> number(String key) {
    return read(key, false, Values::number);
  }

  public Optional<Long> wholeNumber(String key, long min, long max) {
    return read(key, false, (n, p) -> Values.wholeNumber(n, min, max, p));
  }

  public Optional<Long> requiredWholeNumber(String key, long min, long max) {
    return read(key, true, (n, p) -> Values.wholeNumber(n, min, max, p));
  }

  public Optional<Boolean> bool(String key) {
    return read(key, false, Values::bool);
  }

  public <T> Optional<T> choice(String key, String noun, Map<String, T> options) {
    return read(key, false, (n, p) -> Values.choice(n, noun, options, p));
  }

  public <T> Optional<T> requiredChoice(String key, String noun, Map<String, T> options) {
    return read(key, true, (n, p) -> Values.choice(n, noun, options, p));
  }

  /** The items of a list; empty when the key is absent (or not a list, which is reported). */
  public List<YamlNode> list(String key) {
    return node(key)
        .flatMap(n -> Values.sequence(n, problems))
        .map(YamlNode.Sequence::items)
        .orElse(List.of());
  }

  /** A list of texts; a single text counts as a list of one. */
  public List<String> texts(String key) {
    return node(key).map(n -> Values.texts(n, problems)).orElse(List.of());
  }

  /** A nested mapping's reader; empty when absent (or not a mapping, which is reported). */
  public Optional<MapReader> map(String key) {
    return node(key).flatMap(n -> of(n, problems));
  }

  public Optional<MapReader> requiredMap(String key) {
    return required(key).flatMap(n -> of(n, problems));
  }

  /** Reports every key that no one asked for. */
  public void finish() {
    for (YamlNode.Entry entry : map.entries().values()) {
      if (!known.contains(entry.key())) {
        String hint = Suggestions.didYouMean(entry.key(), known);
        String message =
            hint.isEmpty()
                ? "unknown field; expected one of: " + String.join(", ", known)
                : "unknown field" + hint;
        problems.error(entry.keySource(), pathOf(entry.key()), message);
      }
    }
  }

  private <T> Optional<T> read(
      String key, boolean required, BiFunction<YamlNode, Problems, Optional<T>> reader) {
    Optional<YamlNode> node = required ? required(key) : node(key);
    return node.flatMap(n -> reader.apply(n, problems));
  }
}
