package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.nightshift.core.notify.ChatCommands;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Slack interactivity: a press of an approval's Approve or Deny button becomes {@code approve
 * <key>} or {@code deny <key>} for {@link ChatCommands}. Slack wants its 200 within three seconds,
 * so the command runs afterwards on {@code executor} and its reply goes to the {@code
 * response_url}, replacing the buttons with the decision.
 */
final class SlackInteractionHandler implements HttpHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String signingSecret;
  private final ChatCommands commands;
  private final Clock clock;
  private final Executor executor;
  private final ResponseUrl responses;

  SlackInteractionHandler(
      String signingSecret,
      ChatCommands commands,
      Clock clock,
      Executor executor,
      ResponseUrl responses) {
    this.signingSecret = signingSecret;
    this.commands = commands;
    this.clock = clock;
    this.executor = executor;
    this.responses = responses;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Optional<ButtonPress> press;
    try (exchange) {
      Optional<Map<String, String>> form = Inbound.verifiedForm(exchange, signingSecret, clock);
      if (form.isEmpty()) {
        return;
      }
      JsonNode payload;
      try {
        payload = JSON.readTree(form.get().getOrDefault("payload", ""));
      } catch (JsonProcessingException e) {
        Inbound.error(exchange, 400, "the 'payload' field is not JSON");
        return;
      }
      press = ButtonPress.from(payload);
      exchange.sendResponseHeaders(200, -1);
    }
    press.ifPresent(p -> executor.execute(() -> decide(p)));
  }

  private void decide(ButtonPress press) {
    ChatReply reply =
        commands.handle(
            new ChatRequest(
                "slack", press.channel(), press.user(), press.userName(), press.command()));
    responses.post(press.responseUrl(), press.response(reply));
  }
}
