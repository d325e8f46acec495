package dev.nightshift.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Responses of Anthropic's Messages API, as documented. */
final class AnthropicWire {

  private AnthropicWire() {}

  /** A tool_use block: Anthropic sends the input as a JSON object. */
  record Use(String id, String name, JsonNode input) {}

  static JsonNode toolUse(int in, int out, String thinking, Use... uses) {
    ObjectNode root = message("tool_use", in, out);
    ArrayNode content = root.putArray("content");
    content.addObject().put("type", "text").put("text", thinking);
    for (Use use : uses) {
      ObjectNode block = content.addObject();
      block.put("type", "tool_use").put("id", use.id()).put("name", use.name());
      block.set("input", use.input());
    }
    return root;
  }

  static JsonNode text(String text, String stopReason, int in, int out) {
    ObjectNode root = message(stopReason, in, out);
    root.putArray("content").addObject().put("type", "text").put("text", text);
    return root;
  }

  private static ObjectNode message(String stopReason, int in, int out) {
    ObjectNode root = LlmServer.JSON.createObjectNode();
    root.put("id", "msg_01" + in);
    root.put("type", "message");
    root.put("role", "assistant");
    root.put("model", "claude-sonnet-4-5-20250929");
    root.put("stop_reason", stopReason);
    root.putNull("stop_sequence");
    root.putObject("usage").put("input_tokens", in).put("output_tokens", out);
    return root;
  }
}
