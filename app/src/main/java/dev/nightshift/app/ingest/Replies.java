package dev.nightshift.app.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** The webhooks' JSON answers, errors as {@code {"error": "<sentence>"}} as the API does. */
final class Replies {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Replies() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void refuse(HttpExchange exchange, Admission.Refused refused) throws IOException {
    if (refused.status() == 401) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
    }
    if (refused.status() == 405) {
      exchange.getResponseHeaders().set("Allow", "POST");
    }
    error(exchange, refused.status(), refused.reason());
  }

  static void error(HttpExchange exchange, int status, String reason) throws IOException {
    send(exchange, status, object().put("error", reason));
  }

  static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree that cannot be written: " + e, e);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
