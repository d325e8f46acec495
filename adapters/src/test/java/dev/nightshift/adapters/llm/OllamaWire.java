package dev.nightshift.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Responses of Ollama's {@code /api/chat} (stream false), as documented. */
final class OllamaWire {

  private OllamaWire() {}

  /** A tool call: Ollama sends no id and the arguments as a JSON object. */
  record Call(String name, JsonNode arguments) {}

  static JsonNode toolCalls(int in, int out, Call... calls) {
    ObjectNode root = response(in, out);
    ObjectNode message = root.putObject("message");
    message.put("role", "assistant").put("content", "");
    ArrayNode list = message.putArray("tool_calls");
    for (Call call : calls) {
      ObjectNode function = list.addObject().putObject("function");
      function.put("name", call.name());
      function.set("arguments", call.arguments());
    }
    return root;
  }

  static JsonNode text(String content, int in, int out) {
    ObjectNode root = response(in, out);
    root.putObject("message").put("role", "assistant").put("content", content);
    return root;
  }

  private static ObjectNode response(int in, int out) {
    ObjectNode root = LlmServer.JSON.createObjectNode();
    root.put("model", "qwen2.5:14b");
    root.put("created_at", "2026-11-22T01:50:00.000000Z");
    root.put("done", true);
    root.put("done_reason", "stop");
    root.put("total_duration", 4_800_000_000L);
    root.put("prompt_eval_count", in);
    root.put("eval_count", out);
    return root;
  }
}
