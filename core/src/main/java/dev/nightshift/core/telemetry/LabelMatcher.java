package dev.nightshift.core.telemetry;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One condition on a series' label, such as {@code job="api"} or {@code code=~"5.."}, so that a
 * metric condition can single out the series it is about.
 *
 * @param label the label name
 * @param op how the value is compared
 * @param value the literal, or for regex operators an expression that must match the whole value
 */
public record LabelMatcher(String label, MatchOp op, String value) {

  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final String METRIC_NAME_LABEL = "__name__";

  public LabelMatcher {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
    String problem = problemWithLabel(label);
    if (problem == null) {
      problem = problemWithValue(label, op, value);
    }
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Whether the text follows Prometheus' label-name rules. */
  public static boolean isLabelName(String text) {
    return LABEL_NAME.matcher(text).matches();
  }

  /**
   * Whether a series' label value satisfies this matcher; a label the series lacks has the value
   * {@code ""}, as in Prometheus.
   */
  public boolean matches(String labelValue) {
    // Compiled per call to keep the record a plain value; callers on a hot path can hoist it.
    return switch (op) {
      case EQUAL -> value.equals(labelValue);
      case NOT_EQUAL -> !value.equals(labelValue);
      case REGEX -> compile(value).matcher(labelValue).matches();
      case NOT_REGEX -> !compile(value).matcher(labelValue).matches();
    };
  }

  /** The canonical text, {@code label="value"} with {@code \" \\ \n \t} escaped. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(label).append(op.symbol()).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Why a label name cannot be matched, or null if it can; shared with the parser. */
  static @Nullable String problemWithLabel(String label) {
    if (!isLabelName(label)) {
      return "'" + label + "' is not a label name (letters, digits and '_')";
    }
    if (label.equals(METRIC_NAME_LABEL)) {
      return "'__name__' cannot be matched in braces; write the metric name before '{'";
    }
    return null;
  }

  /** What is wrong with a matcher's value, or null if nothing is; shared with the parser. */
  static @Nullable String problemWithValue(String label, MatchOp op, String value) {
    if (!isValidUnicode(value)) {
      return "the value for label '" + label + "' is not valid Unicode";
    }
    if (op.isRegex()) {
      try {
        compile(value);
      } catch (PatternSyntaxException e) {
        return "invalid regex for label '" + label + "': " + e.getDescription();
      }
    }
    return null;
  }

  // Prometheus anchors label regexes at both ends and, since 3.0, lets '.' match newlines.
  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.DOTALL);
  }

  private static boolean isValidUnicode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
