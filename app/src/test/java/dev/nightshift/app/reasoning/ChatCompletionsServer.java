package dev.nightshift.app.reasoning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback OpenAI-compatible server: answers each {@code POST /v1/chat/completions} with the next
 * scripted tool call, in the documented wire format, and keeps every request body it received.
 */
final class ChatCompletionsServer implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received. */
  record Request(String method, String path, JsonNode body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<JsonNode> replies = new ConcurrentLinkedQueue<>();

  ChatCompletionsServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL a configuration names ({@code llm.url}). */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Scripts the next reply: the assistant calls {@code tool} with {@code arguments}. */
  ChatCompletionsServer thenCall(String id, String tool, JsonNode arguments) {
    replies.add(toolCall(id, tool, arguments));
    return this;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        new Request(
            exchange.getRequestMethod(), exchange.getRequestURI().getPath(), JSON.readTree(text)));
    JsonNode reply = replies.poll();
    int status = reply == null ? 500 : 200;
    byte[] bytes =
        (reply == null ? "{\"error\":{\"message\":\"no reply scripted\"}}" : reply.toString())
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  // OpenAI sends a tool call's arguments as a JSON string, and reports token usage per reply.
  private static JsonNode toolCall(String id, String tool, JsonNode arguments) {
    ObjectNode message = JSON.createObjectNode();
    message.put("role", "assistant");
    message.putNull("content");
    ObjectNode call = message.putArray("tool_calls").addObject();
    call.put("id", id);
    call.put("type", "function");
    call.putObject("function").put("name", tool).put("arguments", arguments.toString());
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-" + id);
    root.put("object", "chat.completion");
    root.put("created", 1763776000);
    root.put("model", "test-model");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", message);
    choice.put("finish_reason", "tool_calls");
    root.putObject("usage")
        .put("prompt_tokens", 900)
        .put("completion_tokens", 60)
        .put("total_tokens", 960);
    return root;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
