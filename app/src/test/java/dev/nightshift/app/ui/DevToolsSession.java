package dev.nightshift.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Chrome DevTools Protocol connection to a page target: numbered commands answered by id, and
 * the console errors and uncaught exceptions the page reports as events.
 */
final class DevToolsSession implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
  private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final Duration timeout;
  private final WebSocket socket;

  private DevToolsSession(URI webSocket, HttpClient http, Duration timeout) {
    this.timeout = timeout;
    this.socket =
        await(
            http.newWebSocketBuilder()
                .connectTimeout(timeout)
                .buildAsync(webSocket, new Listener())
                .toCompletableFuture(),
            "connect to " + webSocket);
  }

  static DevToolsSession connect(URI webSocket, HttpClient http, Duration timeout) {
    return new DevToolsSession(webSocket, http, timeout);
  }

  /** Sends {@code method} and returns its {@code result}; a protocol error fails the test. */
  JsonNode send(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    var answer = new CompletableFuture<JsonNode>();
    waiting.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    await(socket.sendText(message.toString(), true).toCompletableFuture(), "send " + method);
    JsonNode reply = await(answer, method);
    if (reply.has("error")) {
      throw new AssertionError("DevTools " + method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  private <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("DevTools: no answer to " + what + " within " + timeout, e);
    } catch (ExecutionException e) {
      throw new AssertionError("DevTools: " + what + " failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("DevTools: interrupted waiting for " + what, e);
    }
  }

  private void receive(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      consoleErrors.add("unreadable DevTools message: " + e.getMessage());
      return;
    }
    if (message.has("id")) {
      var answer = waiting.remove(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    event(message.path("method").asText(), message.path("params"));
  }

  private void event(String method, JsonNode params) {
    switch (method) {
      case "Runtime.consoleAPICalled" -> {
        String type = params.path("type").asText();
        if (type.equals("error") || type.equals("assert")) {
          consoleErrors.add("console." + type + ": " + arguments(params.path("args")));
        }
      }
      case "Runtime.exceptionThrown" -> {
        JsonNode details = params.path("exceptionDetails");
        String description = details.path("exception").path("description").asText("");
        consoleErrors.add(
            "uncaught: " + (description.isEmpty() ? details.path("text").asText() : description));
      }
      default -> {
        // Other events (page lifecycle, contexts) are not needed by the tests.
      }
    }
  }

  private static String arguments(JsonNode args) {
    var text = new StringBuilder();
    for (JsonNode arg : args) {
      text.append(arg.has("value") ? arg.get("value").asText() : arg.path("description").asText())
          .append(' ');
    }
    return text.toString().strip();
  }

  @Override
  public void close() {
    socket.abort();
    waiting.values().forEach(answer -> answer.cancel(true));
  }

  /** Reassembles fragmented frames; the JDK delivers a long message in parts. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder parts = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      parts.append(data);
      if (last) {
        String text = parts.toString();
        parts.setLength(0);
        receive(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      waiting.values().forEach(answer -> answer.completeExceptionally(error));
    }
  }
}
