package dev.nightshift.core.notify;

/**
 * Answers commands typed in a chat (Telegram, Slack): status, incidents, approve, kill switch, ...
 * The chat adapters hand every message and button press here; allow-lists and audit are its job.
 */
public interface ChatCommands {

  /** Never throws: a refused, unknown or malformed command is answered in words. */
  ChatReply handle(ChatRequest request);
}
