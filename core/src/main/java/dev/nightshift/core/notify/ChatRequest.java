package dev.nightshift.core.notify;

import java.util.Objects;

/**
 * One command from a chat.
 *
 * @param channel the chat system: "telegram" or "slack"
 * @param chat the conversation it came from (Telegram chat id, Slack channel id)
 * @param user who sent it (Telegram user id, Slack user id)
 * @param userName a readable name for the audit trail ("@alice")
 * @param text the command, without the bot's mention: "approve 12", "status", "/kill_switch on"
 */
public record ChatRequest(String channel, String chat, String user, String userName, String text) {

  public ChatRequest {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(text, "text");
  }
}
