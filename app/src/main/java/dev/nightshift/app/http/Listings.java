package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import java.util.Comparator;
import java.util.List;

/**
 * The API's lists as JSON, for the command line too: {@code nightshift incidents} prints the same
 * shape whether it asks a running agent or reads the store itself.
 */
public final class Listings {

  private Listings() {}

  /** Incidents newest first: the open ones, or all (open and closed) up to {@code limit}. */
  public static ArrayNode incidents(Stores stores, boolean all, int limit) {
    List<Incident> incidents =
        all
            ? stores.incidents().recent(limit)
            : stores.incidents().active().stream()
                .sorted(Comparator.comparing(Incident::id).reversed())
                .limit(limit)
                .toList();
    ArrayNode out = Wire.array();
    incidents.forEach(i -> out.add(IncidentEndpoints.summary(i)));
    return out;
  }

  /** The configured known errors with their learned statistics, then the learned ones. */
  public static ArrayNode knownErrors(Config config, Stores stores) {
    return KnownErrorsJson.of(config, stores);
  }

  /** One learned known error as the API shows it. */
  public static ObjectNode learned(LearnedKnownError entry, Config config, Stores stores) {
    return KnownErrorsJson.learned(entry, config, stores);
  }

  public static ObjectNode approval(Approval approval) {
    return ApprovalEndpoints.json(approval);
  }
}
