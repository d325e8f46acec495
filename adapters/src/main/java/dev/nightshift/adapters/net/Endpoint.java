package dev.nightshift.adapters.net;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A server the agent calls (Prometheus, Loki, supervisord, Redis): where it is, how long one call
 * may take, and optional credentials. The password never appears in {@link #toString()}.
 */
public record Endpoint(
    URI url, Duration timeout, Optional<String> username, Optional<String> password) {

  public Endpoint {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  public static Endpoint of(URI url, Duration timeout) {
    return new Endpoint(url, timeout, Optional.empty(), Optional.empty());
  }

  /** The HTTP basic {@code Authorization} header value, when a username is configured. */
  public Optional<String> basicAuthorization() {
    return username.map(u ->
        "Basic "
            + Base64.getEncoder()
                .encodeToString((u + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return url + password.map(p -> " (with credentials)").orElse("");
  }
}
