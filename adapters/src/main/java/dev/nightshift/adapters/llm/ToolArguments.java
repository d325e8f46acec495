package dev.nightshift.adapters.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.core.knowledge.Checked;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tool call's JSON arguments as the toolbox takes them: names to strings. */
final class ToolArguments {

  static final ObjectMapper JSON = new ObjectMapper();

  private ToolArguments() {}

  /** The arguments object; a value that is not a string is passed as its JSON text. */
  static Checked<Map<String, String>> strings(String arguments) {
    Checked<JsonNode> object = object(arguments);
    return switch (object) {
      case Checked.Invalid<JsonNode> invalid -> new Checked.Invalid<>(invalid.problems());
      case Checked.Ok<JsonNode> ok -> {
        Map<String, String> out = new LinkedHashMap<>();
        ok.value()
            .properties()
            .forEach(e -> {
              if (!e.getValue().isNull()) {
                JsonNode v = e.getValue();
                out.put(e.getKey(), v.isTextual() ? v.textValue() : v.toString());
              }
            });
        yield new Checked.Ok<>(Map.copyOf(out));
      }
    };
  }

  /** The arguments as a JSON object; empty arguments are an empty object. */
  static Checked<JsonNode> object(String arguments) {
    if (arguments == null || arguments.isBlank()) {
      return new Checked.Ok<>(JSON.createObjectNode());
    }
    try {
      JsonNode node = JSON.readTree(arguments);
      if (node != null && node.isObject()) {
        return new Checked.Ok<>(node);
      }
      return new Checked.Invalid<>(
          List.of("the arguments must be a JSON object: " + cut(arguments)));
    } catch (JsonProcessingException e) {
      return new Checked.Invalid<>(List.of("the arguments are not valid JSON: " + cut(arguments)));
    }
  }

  static String cut(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
