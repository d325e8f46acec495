package dev.nightshift.core.notify;

import java.util.Objects;

/**
 * One configured notifier as delivery sees it: the channel that sends, the route that chooses what
 * it hears of, and how many messages a minute it may take.
 */
public record Outlet(Channel channel, Route route, int perMinute) {

  /** Chat APIs throttle around one message a second; 20 a minute stays well clear. */
  public static final int DEFAULT_PER_MINUTE = 20;

  public Outlet {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(route, "route");
    if (perMinute < 1) {
      throw new IllegalArgumentException("a rate limit is at least 1 a minute: " + perMinute);
    }
  }

  public String name() {
    return channel.name();
  }
}
