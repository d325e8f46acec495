package dev.nightshift.core.testing;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.LabelMatcher;
import dev.nightshift.core.telemetry.MatchOp;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.RangeFunction;
import dev.nightshift.core.telemetry.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random valid metric conditions for property tests, biased towards the awkward cases: names that
 * are PromQL keywords, label values with quotes, backslashes, control characters and non-BMP
 * Unicode, regexes, tiny and huge thresholds, odd windows.
 */
public final class MetricConditionGenerator {

  private static final String[] AWKWARD_NAMES = {
    "sum",
    "on",
    "bool",
    "by",
    "offset",
    "inf",
    "NaN",
    "Inf",
    "rate",
    "in",
    "ignoring",
    "group_left",
    "atan2",
    "and",
    ":leading_colon",
    "job:http_requests:rate5m",
    "_",
    "__x__"
  };
  private static final String HEAD = "abcxyzABCXYZ_";
  private static final String TAIL = HEAD + "0123456789";
  private static final String[] VALUE_PIECES = {
    "a",
    "api",
    "redis-writer",
    " ",
    "\"",
    "'",
    "\\",
    "\n",
    "\t",
    "\r",
    "\u0001",
    "é",
    "日本",
    "🚀",
    "{",
    "}",
    ",",
    "=",
    "~",
    "5..",
    "\\\\",
    "\\\"",
    ""
  };
  // Each piece is a regex in both java.util.regex and RE2 (what Prometheus uses).
  private static final String[] REGEX_PIECES = {
    "a", ".*", "5..", "[a-z]+", "\\d", "\\.", "(x|y)", "\\\"", "'", "é", "🚀", "\\\\", "[^,]?",
    "(?i)api", "x{2,3}", ""
  };
  private static final String[] WINDOWS = {"30s", "1m", "2m", "5m", "15m", "1h", "1h30m", "1d"};

  private MetricConditionGenerator() {}

  public static MetricCondition condition(Random random) {
    RangeFunction function = random.nextInt(5) < 2 ? null : pick(random, RangeFunction.values());
    Duration window = function != null && random.nextBoolean() ? window(random) : null;
    return new MetricCondition(
        selector(random),
        Optional.ofNullable(function),
        Optional.ofNullable(window),
        bound(random));
  }

  public static Selector selector(Random random) {
    List<LabelMatcher> matchers = new ArrayList<>();
    int count = random.nextInt(4) == 0 ? 0 : random.nextInt(5);
    for (int i = 0; i < count; i++) {
      matchers.add(matcher(random));
    }
    return new Selector(name(random, true), matchers);
  }

  public static Bound bound(Random random) {
    return new Bound(pick(random, Comparison.values()), threshold(random));
  }

  private static LabelMatcher matcher(Random random) {
    MatchOp op = pick(random, MatchOp.values());
    String label = name(random, false);
    String[] pieces = op.isRegex() ? REGEX_PIECES : VALUE_PIECES;
    StringBuilder value = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      value.append(pick(random, pieces));
    }
    return new LabelMatcher(label, op, value.toString());
  }

  private static String name(Random random, boolean metric) {
    if (random.nextInt(6) == 0) {
      String awkward = pick(random, AWKWARD_NAMES);
      if (metric || LabelMatcher.isLabelName(awkward)) {
        return awkward;
      }
    }
    StringBuilder name = new StringBuilder().append(HEAD.charAt(random.nextInt(HEAD.length())));
    for (int i = random.nextInt(12); i > 0; i--) {
      name.append(TAIL.charAt(random.nextInt(TAIL.length())));
    }
    String text = name.toString();
    return text.equals("__name__") ? "x" : text;
  }

  private static Duration window(Random random) {
    if (random.nextBoolean()) {
      return Durations.parse(pick(random, WINDOWS)).orThrow();
    }
    long maxMillis = MetricCondition.MAX_WINDOW.toMillis();
    return Duration.ofMillis(1 + (long) (random.nextDouble() * (maxMillis - 1)));
  }

  private static double threshold(Random random) {
    double sign = random.nextBoolean() ? 1 : -1;
    return switch (random.nextInt(6)) {
      case 0 -> random.nextInt(100_000) * (random.nextInt(5) == 0 ? sign : 1);
      case 1 -> sign * random.nextInt(100_000) / 100.0;
      case 2 -> sign * random.nextDouble() * Math.pow(10, random.nextInt(600) - 300);
      case 3 -> pick(random, new double[] {0, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, 1e15});
      case 4 -> randomBits(random);
      default -> sign * random.nextDouble();
    };
  }

  private static double randomBits(Random random) {
    double value = Double.longBitsToDouble(random.nextLong());
    return Double.isFinite(value) ? value : 1;
  }

  private static <T> T pick(Random random, T[] options) {
    return options[random.nextInt(options.length)];
  }

  private static double pick(Random random, double[] options) {
    return options[random.nextInt(options.length)];
  }
}
