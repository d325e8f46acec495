package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.measure.Quantity;
import dev.nightshift.sim.scenario.ValueSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads a simulated number: {@code 298} (units allowed, e.g. {@code 30GB}), {@code {ramp: [12,
 * 45000], over: 60s}}, or a counter {@code {rate: 50}}.
 */
final class ValueReader {

  static final String FORMS =
      "expected a number, {ramp: [FROM, TO], over: DURATION} or {rate: PER_SECOND}";

  private ValueReader() {}

  static Optional<ValueSpec> read(YamlNode node, Problems problems) {
    return switch (node) {
      case YamlNode.Scalar s when !s.isNull() ->
          Values.quantity(node, problems).map(q -> new ValueSpec.Constant(q.value()));
      case YamlNode.Mapping m -> form(new MapReader(m, problems));
      default -> {
        problems.error(node, FORMS + ", got " + node.describe());
        yield Optional.empty();
      }
    };
  }

  private static Optional<ValueSpec> form(MapReader r) {
    boolean ramp = r.has("ramp");
    boolean rate = r.has("rate");
    if (ramp == rate) {
      r.problems().error(r.mapping(), ramp ? "give ramp or rate, not both" : FORMS);
      r.allow("ramp", "over", "rate");
      return Optional.empty();
    }
    Optional<ValueSpec> value = ramp ? ramp(r) : rate(r);
    r.finish();
    return value;
  }

  private static Optional<ValueSpec> ramp(MapReader r) {
    List<YamlNode> ends = r.list("ramp");
    Optional<Duration> over = r.required("over").flatMap(n -> Values.duration(n, r.problems()));
    if (ends.size() != 2) {
      r.node("ramp")
          .filter(YamlNode.Sequence.class::isInstance)
          .ifPresent(n -> r.problems().error(n, "a ramp goes [FROM, TO]: two numbers"));
      return Optional.empty();
    }
    Optional<Quantity> from = Values.quantity(ends.get(0), r.problems());
    Optional<Quantity> to = Values.quantity(ends.get(1), r.problems());
    if (from.isEmpty() || to.isEmpty() || over.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ValueSpec.Ramp(from.get().value(), to.get().value(), over.get()));
  }

  private static Optional<ValueSpec> rate(MapReader r) {
    Optional<Quantity> rate = r.quantity("rate");
    if (rate.isPresent() && rate.get().value() < 0) {
      r.problems().error(r.node("rate").orElseThrow(), "a counter cannot shrink: use a rate >= 0");
      return Optional.empty();
    }
    return rate.map(q -> new ValueSpec.Counter(q.value()));
  }
}
