package dev.nightshift.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for an LLM provider's API: answers each request with the next scripted reply
 * and records what it received, so a test checks the wire format a provider would see.
 */
final class LlmServer implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received; header names lower-cased. */
  record Request(String method, String path, Map<String, String> headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A scripted answer; {@code hang} accepts the request and never answers it. */
  record Reply(int status, String body, boolean hang) {
    static Reply ok(JsonNode body) {
      return new Reply(200, body.toString(), false);
    }

    static Reply status(int status, String body) {
      return new Reply(status, body, false);
    }

    static Reply hanging() {
      return new Reply(0, "", true);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  LlmServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  LlmServer then(Reply reply) {
    replies.add(reply);
    return this;
  }

  LlmServer then(JsonNode body) {
    return then(Reply.ok(body));
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, String> received = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> received.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
    String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        new Request(
            exchange.getRequestMethod(), exchange.getRequestURI().getPath(), received, text));
    Reply reply = replies.poll();
    if (reply == null) {
      reply = Reply.status(500, "{\"error\":\"the test scripted no reply for this request\"}");
    }
    if (reply.hang()) {
      try {
        closing.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
