package dev.nightshift.core.telemetry;

import static dev.nightshift.core.telemetry.ConditionReader.quote;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.measure.Quantity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of metric conditions, by recursive descent:
 *
 * <pre>
 * condition := selector [function] comparison threshold ["in" duration]
 * selector  := metric_name ["{" [matcher ("," matcher)* [","]] "}"]
 * matcher   := label_name ("=" | "!=" | "=~" | "!~") string
 * </pre>
 */
final class ConditionParser {

  private static final String COMPARISONS = "a comparison (" + Comparison.symbols() + ")";
  private static final String MATCH_OPS =
      "expected a label matcher operator (" + MatchOp.symbols() + ") after ";

  private final ConditionReader in;

  private ConditionParser(String text) {
    this.in = new ConditionReader(text);
  }

  static ParseResult<MetricCondition> condition(String text) {
    return run(text, ConditionParser::readCondition);
  }

  static ParseResult<Bound> bound(String text) {
    return run(
        text,
        p -> {
          Bound bound = p.readBound(null);
          p.expectEnd();
          return bound;
        });
  }

  private static <T> ParseResult<T> run(String text, Function<ConditionParser, T> rule) {
    try {
      return ParseResult.valid(rule.apply(new ConditionParser(text)));
    } catch (ConditionSyntaxException e) {
      return ParseResult.invalid(e.getMessage(), e.offset());
    }
  }

  private MetricCondition readCondition() {
    int start = in.next();
    if (in.atEnd()) {
      throw in.error(
          "expected a condition such as 'redis_connected_clients > 280', got nothing", start);
    }
    Selector selector = readSelector();
    String selectorText = in.text().substring(start, in.next()).strip();
    RangeFunction function = readFunction();
    Bound bound = readBound(function != null ? function.promQlName() : selectorText);
    Duration window = readWindow(function);
    expectEnd();
    return new MetricCondition(
        selector, Optional.ofNullable(function), Optional.ofNullable(window), bound);
  }

  private Selector readSelector() {
    int at = in.next();
    String metric = in.word();
    if (metric.isEmpty()) {
      throw in.error("expected a metric name, got " + in.snippet(), at);
    }
    int brace = in.next();
    if (!in.accept('{')) {
      return Selector.of(metric);
    }
    List<LabelMatcher> matchers = new ArrayList<>();
    while (!in.accept('}')) {
      if (in.atEnd()) {
        throw in.error("unclosed '{' after '" + metric + "'", brace);
      }
      matchers.add(readMatcher());
      if (!in.accept(',') && !in.nextIs('}') && !in.atEnd()) {
        throw in.error("expected ',' or '}' after a label matcher, got " + in.snippet(), in.next());
      }
    }
    return new Selector(metric, matchers);
  }

  private LabelMatcher readMatcher() {
    int at = in.next();
    String label = in.word();
    if (label.isEmpty()) {
      throw in.error("expected a label name, got " + in.snippet(), at);
    }
    String labelProblem = LabelMatcher.problemWithLabel(label);
    if (labelProblem != null) {
      throw in.error(labelProblem, at);
    }
    int opAt = in.next();
    MatchOp op = in.matchOp().orElseThrow(() -> in.error(MATCH_OPS + quote(label), opAt));
    int valueAt = in.next();
    if (!in.nextIs('"') && !in.nextIs('\'')) {
      throw in.error("expected a quoted label value after '" + label + op + "'", valueAt);
    }
    String value = in.quoted();
    String valueProblem = LabelMatcher.problemWithValue(label, op, value);
    if (valueProblem != null) {
      throw in.error(valueProblem, valueAt);
    }
    return new LabelMatcher(label, op, value);
  }

  private @Nullable RangeFunction readFunction() {
    int at = in.next();
    String name = in.word();
    if (name.isEmpty()) {
      return null;
    }
    return RangeFunction.named(name).orElseThrow(() -> in.error(unknownFunction(name), at));
  }

  private static String unknownFunction(String name) {
    String message =
        "unknown function %s (functions: %s)".formatted(quote(name), RangeFunction.names());
    return RangeFunction.closestTo(name)
        .map(f -> message + "; did you mean '" + f.promQlName() + "'?")
        .orElse(message);
  }

  /** Reads {@code > 280}; {@code after} names what came before, or is null at the start. */
  private Bound readBound(@Nullable String after) {
    int at = in.next();
    Comparison comparison =
        in.comparison().orElseThrow(() -> in.error(missingComparison(after), at));
    int numberAt = in.next();
    String token = in.token();
    String expected = "expected a number after '" + comparison.symbol() + "'";
    if (token.isEmpty()) {
      throw in.error(expected, numberAt);
    }
    return switch (Quantity.parse(token)) {
      case ParseResult.Valid<Quantity> v -> new Bound(comparison, v.value().value());
      case ParseResult.Invalid<Quantity> i ->
          throw in.error(
              startsLikeNumber(token) ? i.message() : expected + ", got " + quote(token), numberAt);
    };
  }

  private String missingComparison(@Nullable String after) {
    if (in.nextIs('=')) {
      return "'=' is not a comparison; write '==' to compare for equality";
    }
    String where = after == null ? " such as '< 280'" : " after " + quote(after);
    return "expected " + COMPARISONS + where + (in.atEnd() ? "" : ", got " + in.snippet());
  }

  private @Nullable Duration readWindow(@Nullable RangeFunction function) {
    int at = in.next();
    if (!in.peekWord().equals("in")) {
      return null;
    }
    in.word();
    int durationAt = in.next();
    String token = in.token();
    if (function == null) {
      throw in.error(
          quote(("in " + token).strip())
              + " needs a function such as rate or increase before the comparison",
          at);
    }
    if (token.isEmpty()) {
      throw in.error("expected a duration such as 5m after 'in'", durationAt);
    }
    Duration window =
        switch (Durations.parse(token)) {
          case ParseResult.Valid<Duration> v -> v.value();
          case ParseResult.Invalid<Duration> i -> throw in.error(i.message(), durationAt);
        };
    String problem = MetricCondition.problemWithWindow(window);
    if (problem != null) {
      throw in.error(quote("in " + token) + ": " + problem, durationAt);
    }
    return window;
  }

  private void expectEnd() {
    if (!in.atEnd()) {
      throw in.error("unexpected " + in.snippet() + " after the condition", in.next());
    }
  }

  private static boolean startsLikeNumber(String token) {
    char c = token.charAt(0);
    return (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-';
  }
}
