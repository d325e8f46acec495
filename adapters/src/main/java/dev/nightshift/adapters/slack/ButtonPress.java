package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.ChatReply;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A press of an approval button, read from a {@code block_actions} payload, and the message that
 * answers it.
 *
 * @param decision "approve" or "deny"
 * @param blocks the pressed message's blocks, when Slack sent them, so the answer can keep them
 */
record ButtonPress(
    String decision,
    String key,
    String user,
    String userName,
    String channel,
    URI responseUrl,
    Optional<JsonNode> blocks) {

  private static final Pattern USER_ID = Pattern.compile("[A-Z0-9]+");

  /**
   * The press in a payload, or empty for any other interaction (which Slack only needs a 200 for).
   */
  static Optional<ButtonPress> from(JsonNode payload) {
    if (!"block_actions".equals(payload.path("type").asText())) {
      return Optional.empty();
    }
    JsonNode action = payload.path("actions").path(0);
    String decision = action.path("action_id").asText();
    String key = action.path("value").asText();
    String user = payload.path("user").path("id").asText();
    String url = payload.path("response_url").asText();
    if (!(decision.equals("approve") || decision.equals("deny"))
        || key.isBlank()
        || user.isEmpty()
        || !(url.startsWith("https://") || url.startsWith("http://"))) {
      return Optional.empty();
    }
    URI responseUrl;
    try {
      responseUrl = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // nowhere to answer; Slack still gets its 200
    }
    JsonNode named = payload.path("user");
    String name = named.path("username").asText(named.path("name").asText(""));
    JsonNode blocks = payload.path("message").path("blocks");
    return Optional.of(
        new ButtonPress(
            decision,
            key,
            user,
            name.isEmpty() ? user : "@" + name,
            payload
                .path("channel")
                .path("id")
                .asText(payload.path("container").path("channel_id").asText("")),
            responseUrl,
            blocks.isArray() ? Optional.of(blocks) : Optional.empty()));
  }

  /** What ChatCommands is asked: {@code approve <key>}. */
  String command() {
    return decision + " " + key;
  }

  /**
   * A refusal is shown to the presser alone and leaves the buttons for someone allowed; any other
   * answer replaces the buttons, keeping the report above them.
   */
  ObjectNode response(ChatReply reply) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (reply.refused()) {
      return body.put("response_type", "ephemeral")
          .put("replace_original", false)
          .put("text", Mrkdwn.escape(reply.text()));
    }
    String who = USER_ID.matcher(user).matches() ? "<@" + user + ">" : Mrkdwn.escape(userName);
    String decided =
        (decision.equals("approve") ? ":white_check_mark: " : ":no_entry: ")
            + who
            + " pressed *"
            + (decision.equals("approve") ? "Approve" : "Deny")
            + "*: "
            + Mrkdwn.escape(reply.text());
    body.put("replace_original", true).put("text", decided);
    ArrayNode kept = body.putArray("blocks");
    blocks.ifPresent(all ->
        all.forEach(block -> {
          if (!Blocks.APPROVAL_BLOCK.equals(block.path("block_id").asText())) {
            kept.add(block);
          }
        }));
    kept.add(Blocks.section(decided));
    return body;
  }
}
