package dev.nightshift.adapters.telegram;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.ChatCommands;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A Telegram bot through the Bot API: channels that post incident notices to chats, and the chat
 * commands its users send, read by long polling. The bot token is used in request paths only and
 * never appears in a message, a reason or {@link #toString()}.
 */
public final class Telegram implements AutoCloseable {

  /** Where the Bot API is, unless a local Bot API server is configured. */
  public static final URI BOT_API = URI.create("https://api.telegram.org");

  private final BotApi api;
  private final Duration timeout;
  private final Clock clock;

  private Telegram(BotApi api, Duration timeout, Clock clock) {
    this.api = api;
    this.timeout = timeout;
    this.clock = clock;
  }

  /**
   * A client for the bot with {@code botToken} at {@code api} (normally {@link #BOT_API}); each
   * call has the endpoint's timeout, and a long poll that plus its own wait.
   *
   * @throws IllegalArgumentException when the token is not of BotFather's form (not shown)
   */
  public static Telegram connect(Endpoint api, String botToken, Clock clock) {
    Objects.requireNonNull(api, "api");
    return new Telegram(
        new BotApi(api, botToken), api.timeout(), Objects.requireNonNull(clock, "clock"));
  }

  /** The notice channel {@code name} that posts to {@code chatId} (a number, or "@channel"). */
  public Channel channel(String name, String chatId) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chatId, "chatId");
    if (chatId.isBlank()) {
      throw new IllegalArgumentException("Telegram channel '" + name + "' needs a chat_id");
    }
    return new TelegramChannel(name, chatId.strip(), api, timeout, clock);
  }

  /** Commands from every chat the bot is in, for {@code handler}; polling begins on start(). */
  public TelegramCommands commands(ChatCommands handler) {
    return new TelegramCommands(api, handler, timeout, TelegramCommands.LONG_POLL, null);
  }

  /** As {@link #commands(ChatCommands)}, with a shorter long poll and a scripted pause. */
  TelegramCommands commands(ChatCommands handler, Duration longPoll, TelegramCommands.Pause pause) {
    return new TelegramCommands(api, handler, timeout, longPoll, pause);
  }

  @Override
  public void close() {
    api.close();
  }

  @Override
  public String toString() {
    return api.where();
  }
}
