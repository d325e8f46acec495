package dev.nightshift.adapters.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** One Telegram chat as a notice channel: each notice is one HTML message sent by the bot. */
final class TelegramChannel implements Channel {

  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}");

  private final String name;
  private final String chatId;
  private final BotApi api;
  private final Duration timeout;
  private final Clock clock;

  TelegramChannel(String name, String chatId, BotApi api, Duration timeout, Clock clock) {
    this.name = name;
    this.chatId = chatId;
    this.api = api;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Sends the notice; with a {@code reference} (an earlier message of the same incident) the new
   * message replies to it, so one incident reads as one thread.
   */
  @Override
  public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
    ObjectNode body = BotApi.body();
    chat(body, chatId);
    body.put("text", ReportMessage.render(notice, report, clock.instant()));
    body.put("parse_mode", "HTML");
    body.putObject("link_preview_options").put("is_disabled", true);
    if (notice instanceof Notice.ApprovalRequested requested) {
      body.set("reply_markup", Buttons.approval(requested.approval()));
    }
    reference
        .filter(r -> NUMBER.matcher(r).matches())
        .ifPresent(r ->
            body.putObject("reply_parameters")
                .put("message_id", Long.parseLong(r))
                .put("allow_sending_without_reply", true));
    return switch (api.call("sendMessage", body, timeout)) {
      case BotApi.Answer.Ok ok when ok.result().path("message_id").canConvertToLong() ->
          new SendResult.Sent(Optional.of(ok.result().path("message_id").asText()));
      case BotApi.Answer.Ok ok ->
          new SendResult.Failed(
              api.where() + " accepted sendMessage but answered no message_id",
              false,
              Optional.empty());
      case BotApi.Answer.Failed f ->
          new SendResult.Failed(f.reason(), f.retryable(), f.retryAfter());
    };
  }

  /** A numeric chat id goes as a number, a public channel's {@code @name} as a string. */
  static void chat(ObjectNode body, String chatId) {
    if (NUMBER.matcher(chatId).matches()) {
      body.put("chat_id", Long.parseLong(chatId));
    } else {
      body.put("chat_id", chatId);
    }
  }

  @Override
  public String toString() {
    return "Telegram channel " + name + " (chat " + chatId + ")";
  }
}
