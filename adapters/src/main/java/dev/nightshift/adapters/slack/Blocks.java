package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Block Kit blocks, each cut to Slack's documented limits so a long report is never refused. */
final class Blocks {

  /** Blocks one message may hold. */
  static final int MAX_BLOCKS = 50;

  /** Characters in a section's text, or in a context element. */
  static final int SECTION_CHARS = 3000;

  static final int FIELD_CHARS = 2000;
  static final int MAX_FIELDS = 10;
  static final int HEADER_CHARS = 150;
  static final int BUTTON_CHARS = 75;

  /** The block id of the approval buttons, which a decision replaces. */
  static final String APPROVAL_BLOCK = "approval";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Blocks() {}

  static ObjectNode header(String plainText) {
    ObjectNode block = JSON.objectNode().put("type", "header");
    block.set("text", plainText(Mrkdwn.truncate(plainText, HEADER_CHARS)));
    return block;
  }

  /** A section of already escaped mrkdwn. */
  static ObjectNode section(String mrkdwn) {
    ObjectNode block = JSON.objectNode().put("type", "section");
    block.set("text", mrkdwn(Mrkdwn.truncate(mrkdwn, SECTION_CHARS)));
    return block;
  }

  /** A section of two-column fields, each already escaped mrkdwn. */
  static ObjectNode fields(List<String> fields) {
    ObjectNode block = JSON.objectNode().put("type", "section");
    ArrayNode array = block.putArray("fields");
    fields.stream()
        .limit(MAX_FIELDS)
        .forEach(f -> array.add(mrkdwn(Mrkdwn.truncate(f, FIELD_CHARS))));
    return block;
  }

  static ObjectNode context(String mrkdwn) {
    ObjectNode block = JSON.objectNode().put("type", "context");
    block.putArray("elements").add(mrkdwn(Mrkdwn.truncate(mrkdwn, SECTION_CHARS)));
    return block;
  }

  static ObjectNode divider() {
    return JSON.objectNode().put("type", "divider");
  }

  /** Approve and Deny buttons whose value is the approval's key. */
  static ObjectNode approvalButtons(String key) {
    ObjectNode block = JSON.objectNode().put("type", "actions").put("block_id", APPROVAL_BLOCK);
    ArrayNode elements = block.putArray("elements");
    elements.add(button("Approve", "approve", "primary", key));
    elements.add(button("Deny", "deny", "danger", key));
    return block;
  }

  private static ObjectNode button(String label, String actionId, String style, String value) {
    ObjectNode button = JSON.objectNode().put("type", "button");
    button.set("text", plainText(Mrkdwn.truncate(label, BUTTON_CHARS)));
    return button.put("style", style).put("action_id", actionId).put("value", value);
  }

  private static ObjectNode plainText(String text) {
    return JSON.objectNode().put("type", "plain_text").put("text", text).put("emoji", true);
  }

  private static ObjectNode mrkdwn(String text) {
    return JSON.objectNode().put("type", "mrkdwn").put("text", text);
  }
}
