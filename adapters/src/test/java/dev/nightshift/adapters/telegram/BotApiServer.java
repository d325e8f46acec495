package dev.nightshift.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback Telegram Bot API server: {@code sendMessage}, {@code getUpdates} (queued updates,
 * confirmed by {@code offset}, long polling up to {@code timeout}), {@code answerCallbackQuery} and
 * {@code editMessageReplyMarkup}. It checks what it receives as Telegram does (token, JSON, HTML
 * entities, length limits, callback_data size) and records every call.
 */
final class BotApiServer implements AutoCloseable {

  static final String TOKEN = "123456789:AAE-test_Token-xyz";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call as received. */
  record Call(String method, JsonNode body) {}

  /** An answer a test scripted for the next call of a method. */
  record Canned(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<Canned>> canned = new HashMap<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private volatile boolean hang;
  private long nextUpdate = 100;
  private long nextMessage = 1;

  BotApiServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next call of {@code method} answers this instead. */
  synchronized void script(String method, int status, String body) {
    canned.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Canned(status, body));
  }

  /** Accepts calls and never answers them (until closed). */
  void hang() {
    hang = true;
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits until {@code method} has been called {@code count} times, or fails the test. */
  synchronized void awaitCalls(String method, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (calls(method).size() < count) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new AssertionError("fewer than " + count + " " + method + " within " + timeout);
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  synchronized JsonNode last(String method) {
    return calls(method).getLast().body();
  }

  /** Queues a text message from a user, as Telegram would deliver it. */
  synchronized long message(long chat, String chatType, long user, String username, String text) {
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", nextMessage++).put("date", 1_790_000_000).put("text", text);
    message.putObject("chat").put("id", chat).put("type", chatType);
    from(message.putObject("from"), user, username);
    return queue("message", message);
  }

  /** Queues a press of an inline button under the bot's message {@code messageId}. */
  synchronized long press(long chat, long user, String username, long messageId, String data) {
    ObjectNode query = JSON.createObjectNode();
    query.put("id", "cb-" + nextUpdate).put("data", data).put("chat_instance", "42");
    from(query.putObject("from"), user, username);
    ObjectNode message = query.putObject("message");
    message.put("message_id", messageId).put("date", 1_790_000_000);
    message.putObject("chat").put("id", chat).put("type", "group");
    return queue("callback_query", query);
  }

  private static void from(ObjectNode from, long user, String username) {
    from.put("id", user).put("is_bot", false).put("first_name", "Alice");
    if (!username.isEmpty()) {
      from.put("username", username);
    }
  }

  private long queue(String kind, ObjectNode payload) {
    ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdate++);
    update.set(kind, payload);
    updates.add(update);
    notifyAll();
    return update.path("update_id").asLong();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        reply(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      if (hang) {
        awaitClose();
        return;
      }
      String method = path.substring(prefix.length());
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
      Canned answer = record(method, body);
      if (answer == null) {
        answer = answer(method, type, body);
      }
      reply(exchange, answer.status(), answer.body());
    }
  }

  private synchronized Canned record(String method, JsonNode body) {
    calls.add(new Call(method, body));
    notifyAll();
    Deque<Canned> queue = canned.get(method);
    return queue == null ? null : queue.poll();
  }

  private Canned answer(String method, String type, JsonNode body) {
    if (type == null || !type.startsWith("application/json") || !body.isObject()) {
      return bad("Bad Request: expected a JSON object");
    }
    return switch (method) {
      case "sendMessage" -> sendMessage(body);
      case "getUpdates" -> getUpdates(body);
      case "answerCallbackQuery" ->
          body.path("callback_query_id").isTextual()
              ? ok("true")
              : bad("Bad Request: callback_query_id is required");
      case "editMessageReplyMarkup" ->
          body.has("chat_id") && body.path("message_id").canConvertToLong()
              ? ok("true")
              : bad("Bad Request: message identifier is not specified");
      default -> new Canned(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    };
  }

  private synchronized Canned sendMessage(JsonNode body) {
    String text = body.path("text").asText("");
    if (!body.has("chat_id") || text.isEmpty()) {
      return bad("Bad Request: chat_id and text are required");
    }
    if (text.length() > 4096) {
      return bad("Bad Request: message is too long");
    }
    if ("HTML".equals(body.path("parse_mode").asText())) {
      String problem = TelegramHtmlCheck.problem(text);
      if (problem != null) {
        return bad("Bad Request: can't parse entities: " + problem);
      }
    }
    for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        if (button.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length > 64) {
          return bad("Bad Request: BUTTON_DATA_INVALID");
        }
      }
    }
    ObjectNode result = JSON.createObjectNode().put("message_id", nextMessage++).put("text", text);
    result.putObject("chat").set("id", body.path("chat_id"));
    return ok(result.toString());
  }

  private synchronized Canned getUpdates(JsonNode body) {
    long offset = body.path("offset").asLong(0);
    updates.removeIf(u -> u.path("update_id").asLong() < offset); // confirmed, gone for good
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(body.path("timeout").asLong(0));
    while (updates.isEmpty() && System.nanoTime() < deadline && closing.getCount() > 0) {
      try {
        wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    ArrayNode result = JSON.createArrayNode();
    updates.forEach(result::add);
    return ok(result.toString());
  }

  private static Canned ok(String result) {
    return new Canned(200, "{\"ok\":true,\"result\":" + result + "}");
  }

  private static Canned bad(String description) {
    ObjectNode error = JSON.createObjectNode().put("ok", false).put("error_code", 400);
    error.put("description", description);
    return new Canned(400, error.toString());
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private void awaitClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    synchronized (this) {
      notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
