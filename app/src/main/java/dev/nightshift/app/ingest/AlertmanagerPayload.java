package dev.nightshift.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Alertmanager's webhook body, version 4, as documented in its configuration reference: a group of
 * alerts sent together, each with its own status.
 */
record AlertmanagerPayload(
    String version,
    String groupKey,
    String status,
    String receiver,
    Map<String, String> groupLabels,
    Map<String, String> commonLabels,
    Map<String, String> commonAnnotations,
    String externalUrl,
    List<AlertmanagerAlert> alerts) {

  static final String VERSION = "4";

  AlertmanagerPayload {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(groupKey, "groupKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receiver, "receiver");
    groupLabels = Map.copyOf(groupLabels);
    commonLabels = Map.copyOf(commonLabels);
    commonAnnotations = Map.copyOf(commonAnnotations);
    Objects.requireNonNull(externalUrl, "externalUrl");
    alerts = List.copyOf(alerts);
  }

  /**
   * Parses a body; a version other than 4 or a missing or mistyped field is a {@link BadPayload}.
   */
  static AlertmanagerPayload parse(byte[] body) throws BadPayload {
    JsonNode root = Fields.parse(body);
    if (!root.isObject()) {
      throw new BadPayload("the body should be a JSON object (Alertmanager's webhook payload)");
    }
    String version = Fields.text(root, "", "version");
    if (!version.equals(VERSION)) {
      throw new BadPayload(
          "version is '" + version + "'; only Alertmanager's webhook payload version 4 is known");
    }
    JsonNode alerts = root.get("alerts");
    if (alerts == null || !alerts.isArray()) {
      throw new BadPayload("alerts is missing or not a list");
    }
    List<AlertmanagerAlert> parsed = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      parsed.add(AlertmanagerAlert.parse(alerts.get(i), "alerts[" + i + "]."));
    }
    return new AlertmanagerPayload(
        version,
        Fields.optionalText(root, "", "groupKey").orElse(""),
        Fields.text(root, "", "status"),
        Fields.optionalText(root, "", "receiver").orElse(""),
        Fields.strings(root, "", "groupLabels"),
        Fields.strings(root, "", "commonLabels"),
        Fields.strings(root, "", "commonAnnotations"),
        Fields.optionalText(root, "", "externalURL").orElse(""),
        parsed);
  }
}
