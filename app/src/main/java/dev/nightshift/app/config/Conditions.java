package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.MetricCondition;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads metric conditions ({@code redis_connected_clients > 280}) and bounds ({@code < 280}) from
 * YAML, pointing a parse error at its column in the file.
 */
final class Conditions {

  private Conditions() {}

  static Optional<MetricCondition> metric(YamlNode node, Problems problems) {
    return read(node, problems, "metric condition", MetricCondition::parse);
  }

  static Optional<Bound> bound(YamlNode node, Problems problems) {
    return read(node, problems, "condition", Bound::parse);
  }

  private static <T> Optional<T> read(
      YamlNode node, Problems problems, String what, Function<String, ParseResult<T>> parser) {
    Optional<String> text = Values.text(node, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return switch (parser.apply(text.get())) {
      case ParseResult.Valid<T> valid -> Optional.of(valid.value());
      case ParseResult.Invalid<T> invalid -> {
        problems.error(
            node,
            "cannot parse "
                + what
                + " "
                + where(node, invalid.offset())
                + ": "
                + invalid.message());
        yield Optional.empty();
      }
    };
  }

  /** "at column 31" when the file column is known, else "at character 7". */
  private static String where(YamlNode node, int offset) {
    if (offset < 0) {
      return "'" + ((YamlNode.Scalar) node).value() + "'";
    }
    OptionalInt column =
        node instanceof YamlNode.Scalar s ? s.columnOf(offset) : OptionalInt.empty();
    return column.isPresent() ? "at column " + column.getAsInt() : "at character " + (offset + 1);
  }
}
