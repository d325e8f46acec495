package dev.nightshift.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Responses of OpenAI's chat completions API, as documented. */
final class OpenAiWire {

  private OpenAiWire() {}

  /** One tool call: OpenAI sends the arguments as a JSON string. */
  record Call(String id, String name, String arguments) {
    static Call of(String id, String name, JsonNode arguments) {
      return new Call(id, name, arguments.toString());
    }
  }

  static JsonNode toolCalls(int in, int out, Call... calls) {
    ObjectNode message = message();
    message.putNull("content");
    ArrayNode list = message.putArray("tool_calls");
    for (Call call : calls) {
      ObjectNode c = list.addObject();
      c.put("id", call.id());
      c.put("type", "function");
      c.putObject("function").put("name", call.name()).put("arguments", call.arguments());
    }
    return completion(message, "tool_calls", in, out);
  }

  static JsonNode text(String content, int in, int out) {
    ObjectNode message = message();
    message.put("content", content);
    return completion(message, "stop", in, out);
  }

  static JsonNode refusal(String refusal) {
    ObjectNode message = message();
    message.putNull("content");
    message.put("refusal", refusal);
    return completion(message, "stop", 10, 5);
  }

  static JsonNode args(String... pairs) {
    ObjectNode args = LlmServer.JSON.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      args.put(pairs[i], pairs[i + 1]);
    }
    return args;
  }

  private static ObjectNode message() {
    ObjectNode message = LlmServer.JSON.createObjectNode();
    message.put("role", "assistant");
    return message;
  }

  private static JsonNode completion(ObjectNode message, String finish, int in, int out) {
    ObjectNode root = LlmServer.JSON.createObjectNode();
    root.put("id", "chatcmpl-" + in + "-" + out);
    root.put("object", "chat.completion");
    root.put("created", 1763776000);
    root.put("model", "gpt-4o-mini-2024-07-18");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", message);
    choice.put("finish_reason", finish);
    root.putObject("usage")
        .put("prompt_tokens", in)
        .put("completion_tokens", out)
        .put("total_tokens", in + out);
    return root;
  }
}
