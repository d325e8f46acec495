package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What both inbound handlers do before their own work: POST only, a bounded body, Slack's signature
 * checked on the raw bytes, then the form fields.
 */
final class Inbound {

  /** Slack's payloads carry the original message's blocks; a megabyte is far more than enough. */
  static final int MAX_BODY = 1 << 20;

  private Inbound() {}

  /**
   * The form of a verified request, or empty after answering the refusal (405, 413, 401) itself.
   */
  static Optional<Map<String, String>> verifiedForm(
      HttpExchange exchange, String signingSecret, Clock clock) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      error(exchange, 405, "only POST is accepted here");
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      error(exchange, 413, "the body is larger than " + MAX_BODY + " bytes");
      return Optional.empty();
    }
    var headers = exchange.getRequestHeaders();
    return switch (SlackSignature.verify(
        signingSecret,
        headers.getFirst("X-Slack-Request-Timestamp"),
        body,
        headers.getFirst("X-Slack-Signature"),
        clock)) {
      case SlackSignature.Result.Invalid invalid -> {
        error(exchange, 401, "not signed by Slack: " + invalid.reason());
        yield Optional.empty();
      }
      case SlackSignature.Result.Valid valid ->
          Optional.of(form(new String(body, StandardCharsets.UTF_8)));
    };
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(decode(key), decode(value));
    }
    return form;
  }

  static void error(HttpExchange exchange, int status, String message) throws IOException {
    json(exchange, status, JsonNodeFactory.instance.objectNode().put("error", message).toString());
  }

  static void json(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a malformed escape is kept as sent rather than failing the whole form
    }
  }
}
