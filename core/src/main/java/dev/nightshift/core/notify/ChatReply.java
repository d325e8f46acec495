package dev.nightshift.core.notify;

import java.util.Objects;

/**
 * The answer to a chat command, in plain text (the adapter escapes it for its markup).
 *
 * @param refused true when the sender or chat is not allowed, or the command was rejected
 */
public record ChatReply(String text, boolean refused) {

  public ChatReply {
    Objects.requireNonNull(text, "text");
  }
}
