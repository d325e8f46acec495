package dev.nightshift.app.config.yaml;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.measure.Quantity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of single YAML values. Each returns empty after reporting what is wrong, so that a
 * reader can go on and find every other problem too.
 */
public final class Values {

  private Values() {}

  public static Optional<YamlNode.Mapping> mapping(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Mapping m) {
      return Optional.of(m);
    }
    problems.error(node, "expected a mapping, got " + node.describe());
    return Optional.empty();
  }

  public static Optional<YamlNode.Sequence> sequence(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Sequence s) {
      return Optional.of(s);
    }
    problems.error(node, "expected a list, got " + node.describe());
    return Optional.empty();
  }

  /** Any non-empty scalar, as written. */
  public static Optional<String> text(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Scalar s && !s.isNull()) {
      return Optional.of(s.value());
    }
    problems.error(node, "expected text, got " + node.describe());
    return Optional.empty();
  }

  public static Optional<Duration> duration(YamlNode node, Problems problems) {
    return text(node, problems).flatMap(t -> parsed(node, Durations.parse(t), problems));
  }

  /** A duration that must be longer than zero. */
  public static Optional<Duration> positiveDuration(YamlNode node, Problems problems) {
    Optional<Duration> d = duration(node, problems);
    if (d.isPresent() && d.get().isZero()) {
      problems.error(node, "must be longer than 0s");
      return Optional.empty();
    }
    return d;
  }

  public static Optional<Quantity> quantity(YamlNode node, Problems problems) {
    return text(node, problems).flatMap(t -> parsed(node, Quantity.parse(t), problems));
  }

  /** A plain number without a unit ({@code 0.25}, {@code 10000}, {@code 10_000}). */
  public static Optional<Double> number(YamlNode node, Problems problems) {
    Optional<Quantity> q = quantity(node, problems);
    if (q.isPresent() && q.get().unit() != Quantity.Unit.NONE) {
      problems.error(node, "expected a plain number, got " + node.describe());
      return Optional.empty();
    }
    return q.map(Quantity::value);
  }

  public static Optional<Long> wholeNumber(YamlNode node, Problems problems) {
    Optional<Double> n = number(node, problems);
    if (n.isPresent() && (n.get() != Math.rint(n.get()) || Math.abs(n.get()) > 1e15)) {
      problems.error(node, "expected a whole number, got " + node.describe());
      return Optional.empty();
    }
    return n.map(Double::longValue);
  }

  /** A whole number in {@code [min, max]}. */
  public static Optional<Long> wholeNumber(YamlNode node, long min, long max, Problems problems) {
    Optional<Long> n = wholeNumber(node, problems);
    if (n.isPresent() && (n.get() < min || n.get() > max)) {
      String range = max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
      problems.error(node, "must be " + range + ", got " + n.get());
      return Optional.empty();
    }
    return n;
  }

  public static Optional<Boolean> bool(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(s.value().toLowerCase(java.util.Locale.ROOT)));
    }
    problems.error(node, "expected true or false, got " + node.describe());
    return Optional.empty();
  }

  /** One of a closed set of names, with a suggestion when the text is close to one. */
  public static <T> Optional<T> choice(
      YamlNode node, String noun, Map<String, T> options, Problems problems) {
    Optional<String> name = text(node, problems);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    T value = options.get(name.get());
    if (value == null) {
      problems.error(node, unknown(noun, name.get(), options.keySet()));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** {@code unknown X 'y' (did you mean 'z'?)} or {@code unknown X 'y'; expected one of: ...}. */
  public static String unknown(String noun, String name, java.util.Collection<String> known) {
    String hint = Suggestions.didYouMean(name, known);
    return hint.isEmpty()
        ? "unknown " + noun + " '" + name + "'; expected one of: " + String.join(", ", known)
        : "unknown " + noun + " '" + name + "'" + hint;
  }

  /** A closed set of names that stand for themselves, in the order given (for messages). */
  public static Map<String, String> names(String... names) {
    return byName(names, n -> n);
  }

  /** Values by the name users write for them, in the order given (for messages), unmodifiable. */
  public static <T> Map<String, T> byName(T[] values, java.util.function.Function<T, String> name) {
    Map<String, T> out = new java.util.LinkedHashMap<>();
    for (T value : values) {
      out.put(name.apply(value), value);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A list of texts; a single text is read as a list of one. */
  public static List<String> texts(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Scalar s && !s.isNull()) {
      return List.of(s.value());
    }
    List<String> out = new ArrayList<>();
    sequence(node, problems)
        .ifPresent(seq -> seq.items().forEach(i -> text(i, problems).ifPresent(out::add)));
    return out;
  }

  /** The value of a parse, or empty after reporting its message at the node. */
  public static <T> Optional<T> parsed(YamlNode node, ParseResult<T> result, Problems problems) {
    return switch (result) {
      case ParseResult.Valid<T> v -> Optional.of(v.value());
      case ParseResult.Invalid<T> i -> {
        problems.error(node, i.message());
        yield Optional.empty();
      }
    };
  }
}
