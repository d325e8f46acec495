package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.core.notify.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Slack Web API {@code "ok": false} errors as failures: only Slack's own trouble and rate limits
 * are worth retrying; a bad token, channel or message fails the same way every time.
 */
final class SlackErrors {

  private static final Set<String> RETRYABLE =
      Set.of(
          "ratelimited",
          "rate_limited",
          "internal_error",
          "fatal_error",
          "service_unavailable",
          "request_timeout",
          "team_added_to_org");

  private SlackErrors() {}

  static SendResult.Failed failed(String where, JsonNode body, Optional<Duration> retryAfter) {
    String error = body.path("error").asText("unknown_error");
    List<String> details = new ArrayList<>();
    body.path("response_metadata").path("messages").forEach(m -> details.add(m.asText()));
    String reason =
        where
            + " failed: "
            + error
            + hint(error)
            + (details.isEmpty() ? "" : " " + String.join("; ", details));
    return new SendResult.Failed(reason, RETRYABLE.contains(error), retryAfter);
  }

  private static String hint(String error) {
    return switch (error) {
      case "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive" ->
          " (the bot token is wrong or revoked: reinstall the app and update the secret)";
      case "missing_scope" -> " (the app needs the chat:write scope)";
      case "channel_not_found" -> " (check the channel id, or invite the bot to a private channel)";
      case "not_in_channel" -> " (invite the bot: /invite @<your app> in the channel)";
      case "is_archived" -> " (the channel is archived)";
      case "ratelimited", "rate_limited" -> " (Slack asks us to slow down)";
      default -> "";
    };
  }
}
