package dev.nightshift.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A page fixture, NOT the product server: serves the shipped UI files from the classpath and
 * answers {@code /api/v1/*} with canned JSON from {@code ui-fixtures/}, recording every request, so
 * the page can be tested before and apart from the real API. GETs answer {@code <path>.json};
 * writes answer from {@code writes.json} keyed by {@code "METHOD /raw/path"}.
 */
final class UiFixtureServer implements AutoCloseable {

  static final String TOKEN = "t";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TYPES =
      Map.of("html", "text/html", "js", "text/javascript", "css", "text/css");

  /** One request the page made, as the server received it. */
  record Request(String method, String rawPath, String authorization, String body, int status) {}

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  UiFixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** A fixture file's JSON, for tests that derive their expectations from the same data. */
  static JsonNode fixture(String name) {
    try (InputStream in = resource("/ui-fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture ui-fixtures/" + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A request body the page sent, parsed. */
  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      int status = path.startsWith("/api/v1/") ? api(exchange, path, auth) : file(exchange, path);
      requests.add(new Request(exchange.getRequestMethod(), path, auth, body, status));
    }
  }

  private int api(HttpExchange exchange, String path, String auth) throws IOException {
    if (!("Bearer " + TOKEN).equals(auth)) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
      return send(exchange, 401, "application/json", error("missing or unknown token"));
    }
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      try (InputStream in = resource("/ui-fixtures/" + path.substring(8) + ".json")) {
        return in == null
            ? send(exchange, 404, "application/json", error("no fixture for " + path))
            : send(exchange, 200, "application/json", in.readAllBytes());
      }
    }
    JsonNode answer = fixture("writes.json").path(method + " " + path);
    return answer.isMissingNode()
        ? send(
            exchange, 404, "application/json", error("no write fixture for " + method + " " + path))
        : send(
            exchange,
            answer.get("status").asInt(),
            "application/json",
            JSON.writeValueAsBytes(answer.get("body")));
  }

  private int file(HttpExchange exchange, String path) throws IOException {
    String name = path.equals("/") || path.equals("/ui/") ? "/ui/index.html" : path;
    String extension = name.substring(name.lastIndexOf('.') + 1);
    try (InputStream in = name.startsWith("/ui/") ? resource(name) : null) {
      return in == null
          ? send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8))
          : send(
              exchange,
              200,
              TYPES.getOrDefault(extension, "application/octet-stream"),
              in.readAllBytes());
    }
  }

  private static InputStream resource(String name) {
    return UiFixtureServer.class.getResourceAsStream(name);
  }

  private static byte[] error(String sentence) throws IOException {
    return JSON.writeValueAsBytes(Map.of("error", sentence));
  }

  private static int send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    return status;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
