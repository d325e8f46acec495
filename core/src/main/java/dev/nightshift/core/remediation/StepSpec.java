package dev.nightshift.core.remediation;

import dev.nightshift.core.topology.NodeId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A step as someone proposed it, before the catalog has checked it: a reasoner's proposal, a step a
 * human recorded as the fix. It becomes a typed {@link Step} only by being read like a step of
 * known_errors.yaml, so a proposal is held to exactly the rules a written fix is.
 *
 * @param params the step's fields besides {@code action} and {@code node}: each a string or a list
 *     of strings
 */
public record StepSpec(String type, Optional<NodeId> node, Map<String, Object> params) {

  public StepSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(node, "node");
    Map<String, Object> copy = new LinkedHashMap<>();
    params.forEach((name, value) -> {
      Object checked =
          switch (value) {
            case null -> throw new IllegalArgumentException(name + " has no value");
            case String s -> s;
            case List<?> list
                when list.stream()
                    .anyMatch(v -> v == null || v instanceof Map || v instanceof List) ->
                throw new IllegalArgumentException(name + " must be a list of strings: " + list);
            case List<?> list -> List.copyOf(list.stream().map(String::valueOf).toList());
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            default ->
                throw new IllegalArgumentException(
                    name + " must be a string or a list of strings, not " + value);
          };
      copy.put(name, checked);
    });
    params = java.util.Collections.unmodifiableMap(copy);
  }

  /** The step as one line of YAML, as it would be written under a fix's {@code steps:}. */
  public String yaml() {
    StringBuilder out = new StringBuilder("{action: ").append(quote(type));
    node.ifPresent(n -> out.append(", node: ").append(quote(n.toString())));
    params.forEach((name, value) ->
        out.append(", ")
            .append(quote(name))
            .append(": ")
            .append(
                value instanceof List<?> list
                    ? list.stream()
                        .map(v -> quote((String) v))
                        .collect(Collectors.joining(", ", "[", "]"))
                    : quote((String) value)));
    return out.append('}').toString();
  }

  /** A double-quoted YAML scalar: every character that could end or change it escaped. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // YAML refuses control characters (C0, DEL, C1) and U+FFFE/U+FFFF raw; NEL is a line
          // break to it.
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            out.append(String.format("\\x%02x", (int) c));
          } else if (c == 0xfffe || c == 0xffff) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
