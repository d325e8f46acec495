package dev.nightshift.adapters.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import java.util.Optional;

/** Builds the webhook channel, for receivers Nightshift has no dedicated channel for. */
public final class Webhook {

  private Webhook() {}

  /**
   * The JSON of a report as the webhook sends it (camelCase, absent values as null): one stable
   * shape for every tool that reads reports, including {@code nightshift postmortem --json}.
   */
  public static ObjectNode reportJson(IncidentReport report) {
    return WebhookDocument.report(report);
  }

  /**
   * A channel that POSTs each notice to {@code url} as JSON (see docs/notifiers.md).
   *
   * @param hmacSecret when set, each body is signed in {@code X-Nightshift-Signature}; a secret
   */
  public static Channel channel(String name, Endpoint url, Optional<String> hmacSecret) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a webhook notifier needs a name");
    }
    if (hmacSecret.isPresent() && hmacSecret.get().isEmpty()) {
      throw new IllegalArgumentException("webhook notifier '" + name + "' has an empty secret");
    }
    return new WebhookChannel(name, url, hmacSecret);
  }
}
