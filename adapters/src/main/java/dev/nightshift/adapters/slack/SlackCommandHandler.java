package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.nightshift.core.notify.ChatCommands;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Slack slash commands ({@code /nightshift approve 12}): the text after the command goes to {@link
 * ChatCommands}, and the reply is the response. A refusal is shown only to whoever typed it.
 */
final class SlackCommandHandler implements HttpHandler {

  private final String signingSecret;
  private final ChatCommands commands;
  private final Clock clock;

  SlackCommandHandler(String signingSecret, ChatCommands commands, Clock clock) {
    this.signingSecret = signingSecret;
    this.commands = commands;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Optional<Map<String, String>> form = Inbound.verifiedForm(exchange, signingSecret, clock);
      if (form.isPresent()) {
        answer(exchange, form.get());
      }
    }
  }

  private void answer(HttpExchange exchange, Map<String, String> form) throws IOException {
    String user = form.getOrDefault("user_id", "");
    String channel = form.getOrDefault("channel_id", "");
    if (user.isEmpty() || channel.isEmpty()) {
      Inbound.error(exchange, 400, "a slash command needs user_id and channel_id");
      return;
    }
    String name = form.getOrDefault("user_name", "");
    ChatReply reply =
        commands.handle(
            new ChatRequest(
                "slack",
                channel,
                user,
                name.isEmpty() ? user : "@" + name,
                form.getOrDefault("text", "").strip()));
    Inbound.json(
        exchange,
        200,
        JsonNodeFactory.instance
            .objectNode()
            .put("response_type", reply.refused() ? "ephemeral" : "in_channel")
            .put("text", Mrkdwn.escape(reply.text()))
            .toString());
  }
}
