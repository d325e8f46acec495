package dev.nightshift.app.config;

import java.util.Objects;

/**
 * A credential read from an environment variable or a file. Its {@code toString} never shows the
 * value, so a secret cannot leak into a log line, an API answer or a prompt by accident.
 *
 * @param origin where it was read from, e.g. {@code env SLACK_TOKEN}; safe to show
 */
public record Secret(String origin, String value) {

  public Secret {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(value, "value");
  }

  /** The secret itself; call only where it is handed to the system that needs it. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Secret[" + origin + ", ****]";
  }
}
