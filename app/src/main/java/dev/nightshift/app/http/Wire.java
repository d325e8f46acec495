package dev.nightshift.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** The API's JSON: trees built by hand (no annotations), times as ISO-8601, absent as null. */
final class Wire {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Wire() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static String time(Instant at) {
    return at.toString();
  }

  static ObjectNode put(ObjectNode o, String field, Optional<?> value) {
    if (value.isEmpty()) {
      return o.putNull(field);
    }
    Object v = value.get();
    return v instanceof Instant at ? o.put(field, time(at)) : o.put(field, v.toString());
  }

  static byte[] bytes(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a request body; a body that is not a JSON object is the caller's error. */
  static ObjectNode parse(byte[] body) {
    if (body.length == 0) {
      return object();
    }
    try {
      JsonNode tree = MAPPER.readTree(body);
      if (tree instanceof ObjectNode o) {
        return o;
      }
      throw ApiError.badRequest("the request body must be a JSON object");
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "the request body is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("the request body could not be read");
    }
  }
}
