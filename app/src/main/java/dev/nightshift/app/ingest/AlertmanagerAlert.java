package dev.nightshift.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert of an Alertmanager webhook body.
 *
 * @param endsAt when it stopped firing; Alertmanager sends Go's zero time or a future time while it
 *     fires, so it means something only for a resolved alert
 * @param fingerprint Alertmanager's hash of the labels: the same alert across repeats
 */
record AlertmanagerAlert(
    boolean firing,
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt,
    String generatorUrl,
    String fingerprint) {

  AlertmanagerAlert {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(generatorUrl, "generatorUrl");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  static AlertmanagerAlert parse(JsonNode alert, String prefix) throws BadPayload {
    if (!alert.isObject()) {
      throw new BadPayload(prefix.substring(0, prefix.length() - 1) + " should be an object");
    }
    String status = Fields.text(alert, prefix, "status");
    if (!status.equals("firing") && !status.equals("resolved")) {
      throw new BadPayload(prefix + "status is '" + status + "'; expected firing or resolved");
    }
    String fingerprint = Fields.text(alert, prefix, "fingerprint");
    if (fingerprint.isBlank()) {
      throw new BadPayload(prefix + "fingerprint is blank");
    }
    return new AlertmanagerAlert(
        status.equals("firing"),
        Fields.strings(alert, prefix, "labels"),
        Fields.strings(alert, prefix, "annotations"),
        Fields.instant(alert, prefix, "startsAt"),
        Fields.instant(alert, prefix, "endsAt"),
        Fields.optionalText(alert, prefix, "generatorURL").orElse(""),
        fingerprint);
  }

  Optional<String> label(String name) {
    return Optional.ofNullable(labels.get(name)).filter(v -> !v.isBlank());
  }

  /** How an operator recognises it: its alert name, else its fingerprint. */
  String name() {
    return label("alertname").orElse(fingerprint);
  }
}
