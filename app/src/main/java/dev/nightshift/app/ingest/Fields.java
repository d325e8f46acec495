package dev.nightshift.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a webhook's JSON, failing with the path of the field that is missing or wrong. */
final class Fields {

  private Fields() {}

  static JsonNode parse(byte[] body) throws BadPayload {
    try {
      JsonNode tree = Replies.MAPPER.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw new BadPayload("the body is empty; a JSON document is expected");
      }
      return tree;
    } catch (IOException e) {
      throw new BadPayload("the body is not JSON: " + firstLine(e.getMessage()));
    }
  }

  static String text(JsonNode object, String prefix, String name) throws BadPayload {
    return optionalText(object, prefix, name)
        .orElseThrow(() -> new BadPayload(prefix + name + " is missing"));
  }

  static Optional<String> optionalText(JsonNode object, String prefix, String name)
      throws BadPayload {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new BadPayload(prefix + name + " should be a string, not " + value.getNodeType());
    }
    return Optional.of(value.asText());
  }

  static Instant instant(JsonNode object, String prefix, String name) throws BadPayload {
    return instant(prefix + name, text(object, prefix, name));
  }

  static Instant instant(String field, String text) throws BadPayload {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadPayload(field + " is not an ISO-8601 time: '" + text + "'");
    }
  }

  /** A JSON object of strings (labels, annotations); absent is empty. */
  static Map<String, String> strings(JsonNode object, String prefix, String name)
      throws BadPayload {
    JsonNode value = object.get(name);
    Map<String, String> strings = new LinkedHashMap<>();
    if (value == null || value.isNull()) {
      return strings;
    }
    if (!value.isObject()) {
      throw new BadPayload(prefix + name + " should be an object of strings");
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      if (!e.getValue().isTextual()) {
        throw new BadPayload(prefix + name + "." + e.getKey() + " should be a string");
      }
      strings.put(e.getKey(), e.getValue().asText());
    }
    return strings;
  }

  private static String firstLine(String message) {
    String text = message == null ? "unreadable" : message;
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
