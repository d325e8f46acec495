package dev.nightshift.adapters.pagerduty;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;

/** Builds the PagerDuty channel, so that the rest of the app never sees its wire format. */
public final class PagerDuty {

  private PagerDuty() {}

  /**
   * A channel that triggers and resolves one PagerDuty alert per incident.
   *
   * @param events the Events API base, {@code https://events.pagerduty.com}
   * @param routingKey the integration key of the service; a secret
   */
  public static Channel channel(String name, Endpoint events, String routingKey) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a PagerDuty notifier needs a name");
    }
    if (routingKey.isBlank()) {
      throw new IllegalArgumentException("PagerDuty notifier '" + name + "' has no routing key");
    }
    return new PagerDutyChannel(name, events, routingKey);
  }
}
