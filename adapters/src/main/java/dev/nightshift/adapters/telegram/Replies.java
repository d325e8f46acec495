package dev.nightshift.adapters.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.ChatReply;
import java.time.Duration;

/**
 * The bot's side of a command: the answer in the chat, the button press acknowledged (so the client
 * stops its spinner), the buttons of a decided approval taken away. A reply that fails is not
 * retried: the command already ran, and the chat shows the outcome on the next status.
 */
final class Replies {

  private final BotApi api;
  private final Duration timeout;

  Replies(BotApi api, Duration timeout) {
    this.api = api;
    this.timeout = timeout;
  }

  void say(String chat, String text) {
    ObjectNode body = BotApi.body();
    TelegramChannel.chat(body, chat);
    body.put("text", Html.clip(text.isBlank() ? "(no answer)" : text, Html.LIMIT));
    body.put("parse_mode", "HTML");
    api.call("sendMessage", body, timeout);
  }

  void answerPress(String callbackId, ChatReply reply, int maxChars) {
    ObjectNode body = BotApi.body();
    body.put("callback_query_id", callbackId);
    String text = reply.text().strip();
    body.put("text", shorten(text, maxChars));
    body.put("show_alert", reply.refused());
    api.call("answerCallbackQuery", body, timeout);
  }

  // Cut by code points, so that an emoji is never split in half.
  private static String shorten(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  void dropButtons(String chat, long message) {
    ObjectNode body = BotApi.body();
    TelegramChannel.chat(body, chat);
    body.put("message_id", message);
    body.set("reply_markup", Buttons.none());
    api.call("editMessageReplyMarkup", body, timeout);
  }
}
