package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves which configured endpoint (Kafka cluster, Redis, supervisord) a node or step means, and
 * warns when the data it needs cannot be reached: that data is then unknown, never healthy.
 */
final class Endpoints {

  private Endpoints() {}

  /**
   * The endpoint {@code named}, or the only one configured; warns when it is not configured.
   *
   * @param kind what the endpoint is, e.g. "Kafka cluster"
   * @param section where nightshift.yaml configures them, e.g. "telemetry.kafka"
   * @param key the field a node or step names one with, e.g. "cluster"
   */
  static Optional<String> resolve(
      String kind,
      String section,
      String key,
      Optional<String> named,
      Map<String, ?> configured,
      YamlNode at,
      Problems problems) {
    if (named.isPresent()) {
      if (!configured.containsKey(named.get())) {
        problems.warning(
            at,
            kind
                + " '"
                + named.get()
                + "' is not configured in nightshift.yaml ("
                + section
                + ")"
                + hint(named.get(), configured)
                + "; its data will be unknown");
      }
      return named;
    }
    if (configured.size() == 1) {
      return Optional.of(configured.keySet().iterator().next());
    }
    if (configured.isEmpty()) {
      problems.warning(
          at,
          "no "
              + kind
              + " is configured in nightshift.yaml ("
              + section
              + "); its data will be unknown");
    } else {
      problems.warning(
          at,
          "several "
              + kind
              + "s are configured in nightshift.yaml ("
              + section
              + "); name one with '"
              + key
              + "'");
    }
    return Optional.empty();
  }

  /** Warns when a single-endpoint source (Prometheus, Loki) is not configured. */
  static void require(
      String what, String section, boolean configured, YamlNode at, Problems problems) {
    if (!configured) {
      problems.warning(
          at,
          "no "
              + what
              + " is configured in nightshift.yaml ("
              + section
              + "); this data will be unknown");
    }
  }

  private static String hint(String name, Map<String, ?> configured) {
    return dev.nightshift.app.config.yaml.Suggestions.didYouMean(name, configured.keySet());
  }
}
