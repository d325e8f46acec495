package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** What an endpoint answers: a status, a content type, the body and any extra headers. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";

  Reply {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  static Reply json(int status, JsonNode tree) {
    return new Reply(status, JSON, Wire.bytes(tree), Map.of());
  }

  static Reply ok(JsonNode tree) {
    return json(200, tree);
  }

  static Reply error(int status, String message) {
    return json(status, Wire.object().put("error", message));
  }

  static Reply text(int status, String contentType, String body) {
    return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  Reply with(String header, String value) {
    Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(header, value);
    return new Reply(status, contentType, body, more);
  }
}
