package dev.nightshift.core.change;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to the platform (a deploy, a config push) that diagnosis correlates with incidents and
 * reports list: "consumer 2.4.1 was deployed 3 minutes before the SLA broke".
 *
 * @param service the service or node it changed, as the sender names it (a node id, a container, a
 *     supervisor program, a deployment)
 * @param source who told us: "webhook", "github", ...
 */
public record ChangeEvent(
    String service,
    String version,
    Instant at,
    Optional<String> author,
    Optional<String> description,
    String source) {

  public ChangeEvent {
    requireText(service, "service");
    requireText(version, "version");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(description, "description");
    requireText(source, "source");
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException("a change event's " + field + " cannot be blank");
    }
  }
}
