package dev.nightshift.app.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reading requests from and writing replies to the JDK server's exchanges. */
final class Exchanges {

  /** The largest request body accepted; the API's bodies are a few fields. */
  static final int MAX_BODY = 1 << 20;

  private Exchanges() {}

  /** The body, at most {@link #MAX_BODY} bytes; longer is a 413. */
  static byte[] body(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && parses(declared) > MAX_BODY) {
      throw tooLarge();
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw tooLarge();
      }
      return body;
    }
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> query = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        query.putIfAbsent(decode(key), decode(value));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("the query string is not URL-encoded correctly");
      }
    }
    return query;
  }

  static void send(HttpExchange exchange, Reply reply) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", reply.contentType());
    headers.set("X-Content-Type-Options", "nosniff");
    reply.headers().forEach(headers::set);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(
        reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
    if (!head) {
      try (var out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
    exchange.close();
  }

  static Optional<String> bearer(HttpExchange exchange) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static long parses(String number) {
    try {
      return Long.parseLong(number.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static ApiError tooLarge() {
    return new ApiError(413, "the request body is larger than " + MAX_BODY + " bytes");
  }
}
