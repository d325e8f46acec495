package dev.nightshift.adapters.webhook;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import java.util.Optional;

/** Builds the webhook channel, for receivers Nightshift has no dedicated channel for. */
public final class Webhook {

  private Webhook() {}

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
