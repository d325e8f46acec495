package dev.nightshift.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.core.notify.ChatRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * A command read from one Bot API update: a text message or a button press, with where it came
 * from, or nothing for what is not addressed to the bot (group chatter, stickers, edits).
 *
 * @param callbackId the button press to answer, when it is one
 * @param buttonsMessage the message whose buttons were pressed, to take them away once decided
 */
record Update(ChatRequest request, Optional<String> callbackId, Optional<Long> buttonsMessage) {

  Update {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(callbackId, "callbackId");
    Objects.requireNonNull(buttonsMessage, "buttonsMessage");
  }

  static Optional<Update> read(JsonNode update) {
    if (update.hasNonNull("callback_query")) {
      return press(update.path("callback_query"));
    }
    if (update.hasNonNull("message")) {
      return message(update.path("message"));
    }
    return Optional.empty();
  }

  private static Optional<Update> message(JsonNode message) {
    JsonNode from = message.path("from");
    if (!message.path("text").isTextual() || !from.has("id")) {
      return Optional.empty();
    }
    boolean direct = "private".equals(message.path("chat").path("type").asText());
    return command(message.path("text").asText(), direct)
        .map(text ->
            new Update(
                request(message.path("chat").path("id").asText(), from, text),
                Optional.empty(),
                Optional.empty()));
  }

  private static Optional<Update> press(JsonNode query) {
    JsonNode from = query.path("from");
    String data = query.path("data").asText("");
    if (data.isBlank() || !from.has("id")) {
      return Optional.empty();
    }
    JsonNode message = query.path("message");
    // A press on a message the bot can no longer see arrives without it: answer in private.
    String chat =
        message.path("chat").has("id")
            ? message.path("chat").path("id").asText()
            : from.path("id").asText();
    Optional<Long> buttons =
        message.path("message_id").canConvertToLong()
            ? Optional.of(message.path("message_id").asLong())
            : Optional.empty();
    String text = data.replaceFirst(":", " ").strip();
    return Optional.of(
        new Update(request(chat, from, text), Optional.of(query.path("id").asText()), buttons));
  }

  /**
   * The command in a message: "/approve@NightshiftBot 12" and "@NightshiftBot approve 12" are
   * "approve 12". In a group only those forms are for the bot; in a private chat any text is.
   */
  static Optional<String> command(String text, boolean direct) {
    String stripped = text.strip();
    String command;
    if (stripped.startsWith("/")) {
      String[] words = stripped.substring(1).split("\\s+", 2);
      String verb =
          words[0].contains("@") ? words[0].substring(0, words[0].indexOf('@')) : words[0];
      command = verb + (words.length > 1 ? " " + words[1] : "");
    } else if (stripped.startsWith("@")) {
      String[] words = stripped.split("\\s+", 2);
      command = words.length > 1 ? words[1] : "";
    } else {
      command = direct ? stripped : "";
    }
    command = command.strip();
    return command.isEmpty() ? Optional.empty() : Optional.of(command);
  }

  private static ChatRequest request(String chat, JsonNode from, String text) {
    return new ChatRequest("telegram", chat, from.path("id").asText(), name(from), text);
  }

  /** "@alice", or the first (and last) name of a user without a username. */
  static String name(JsonNode from) {
    if (from.path("username").isTextual() && !from.path("username").asText().isBlank()) {
      return "@" + from.path("username").asText();
    }
    String name =
        (from.path("first_name").asText("") + " " + from.path("last_name").asText("")).strip();
    return name.isEmpty() ? "user " + from.path("id").asText() : name;
  }
}
