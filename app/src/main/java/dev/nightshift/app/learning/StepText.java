package dev.nightshift.app.learning;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fix step typed on one line, for the command line and chat: the action type, then {@code
 * key=value} pairs; a value with spaces is double-quoted ({@code command="redis-cli CLIENT KILL AGE
 * 300"}), a list is bracketed without spaces ({@code argv=[systemctl,restart,feed]}). The result is
 * only a proposal: the catalog's reader checks it like any step of known_errors.yaml.
 */
public final class StepText {

  /** The syntax in one line, for usage and error messages. */
  public static final String SYNTAX =
      "ACTION key=value ... e.g. 'supervisor_restart node=kafka_to_redis_consumer'"
          + " (quote values with spaces: command=\"redis-cli CLIENT KILL AGE 300\";"
          + " lists: argv=[a,b])";

  private StepText() {}

  public static Checked<StepSpec> parse(String text) {
    List<String> words;
    try {
      words = words(text.strip());
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage());
    }
    if (words.isEmpty() || words.getFirst().contains("=")) {
      return invalid("a step starts with its action type: " + SYNTAX);
    }
    String type = words.getFirst();
    if (!type.matches("[a-z][a-z0-9_]*")) {
      return invalid("'" + type + "' is not an action type: " + SYNTAX);
    }
    Optional<NodeId> node = Optional.empty();
    Map<String, Object> params = new LinkedHashMap<>();
    for (String word : words.subList(1, words.size())) {
      int eq = word.indexOf('=');
      if (eq < 1) {
        return invalid("'" + word + "' is not key=value: " + SYNTAX);
      }
      String key = word.substring(0, eq);
      String value = unquote(word.substring(eq + 1));
      if (key.equals("node")) {
        if (!NodeId.isValid(value)) {
          return invalid("'" + value + "' is not a node id");
        }
        node = Optional.of(new NodeId(value));
      } else if (params.containsKey(key) || key.equals("action")) {
        return invalid("'" + key + "' is given twice");
      } else {
        params.put(key, list(value).<Object>map(l -> l).orElse(value));
      }
    }
    return new Checked.Ok<>(new StepSpec(type, node, params));
  }

  // Splits on spaces outside double quotes and brackets.
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        depth++;
      } else if (!quoted && c == ']') {
        depth--;
      }
      if (Character.isWhitespace(c) && !quoted && depth == 0) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (quoted || depth != 0) {
      throw new IllegalArgumentException("an unclosed quote or bracket in '" + text + "'");
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static Optional<List<String>> list(String value) {
    if (!value.startsWith("[") || !value.endsWith("]")) {
      return Optional.empty();
    }
    String inside = value.substring(1, value.length() - 1).strip();
    return Optional.of(
        inside.isEmpty()
            ? List.of()
            : Arrays.stream(inside.split(",")).map(String::strip).map(StepText::unquote).toList());
  }

  private static Checked<StepSpec> invalid(String problem) {
    return new Checked.Invalid<>(List.of(problem));
  }
}
