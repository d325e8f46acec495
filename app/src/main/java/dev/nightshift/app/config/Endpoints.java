package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.app.config.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/**
 * What nightshift.yaml connects the agent to, as the other files need it: which endpoint a node or
 * step means (a Kafka cluster, a Redis instance, a supervisord), and a warning wherever what a
 * check or step needs is not configured: that data is then unknown, never healthy, and that step
 * cannot run.
 */
final class Endpoints {

  private final Telemetry telemetry;

  Endpoints(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  /** The Kafka cluster {@code named}, or the only one configured. */
  Optional<String> kafka(Optional<String> named, YamlNode at, Problems problems) {
    return resolve(
        "Kafka cluster", "telemetry.kafka", "cluster", named, telemetry.kafka(), at, problems);
  }

  /** The Redis instance {@code named}, or the only one configured. */
  Optional<String> redis(Optional<String> named, YamlNode at, Problems problems) {
    return resolve(
        "Redis instance", "telemetry.redis", "instance", named, telemetry.redis(), at, problems);
  }

  /** The supervisord endpoint {@code named}, or the only one configured. */
  Optional<String> supervisord(Optional<String> named, YamlNode at, Problems problems) {
    return resolve(
        "supervisord endpoint",
        "telemetry.supervisord",
        "supervisor",
        named,
        telemetry.supervisord(),
        at,
        problems);
  }

  void prometheus(YamlNode at, Problems problems) {
    warnUnless(
        telemetry.prometheus().isPresent(),
        "Prometheus",
        "telemetry.prometheus",
        UNKNOWN,
        at,
        problems);
  }

  void loki(YamlNode at, Problems problems) {
    warnUnless(telemetry.loki().isPresent(), "Loki", "telemetry.loki", UNKNOWN, at, problems);
  }

  void docker(YamlNode at, Problems problems) {
    warnUnless(
        telemetry.docker().isPresent(), "docker CLI", "telemetry.docker", CANNOT_RUN, at, problems);
  }

  void kubernetes(YamlNode at, Problems problems) {
    warnUnless(
        !telemetry.kubernetes().isEmpty(),
        "Kubernetes cluster",
        "telemetry.kubernetes",
        CANNOT_RUN,
        at,
        problems);
  }

  private static Optional<String> resolve(
      String kind,
      String section,
      String key,
      Optional<String> named,
      Map<String, ?> configured,
      YamlNode at,
      Problems problems) {
    if (named.isPresent()) {
      if (!configured.containsKey(named.get())) {
        String hint = Suggestions.didYouMean(named.get(), configured.keySet());
        problems.warning(
            at,
            kind
                + " '"
                + named.get()
                + "' is not configured in nightshift.yaml ("
                + section
                + ")"
                + hint
                + "; its data will be unknown");
      }
      return named;
    }
    if (configured.size() == 1) {
      return Optional.of(configured.keySet().iterator().next());
    }
    if (configured.isEmpty()) {
      warnUnless(false, kind, section, UNKNOWN, at, problems);
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

  private static final String UNKNOWN = "this data will be unknown";
  private static final String CANNOT_RUN = "this step cannot run";

  private static void warnUnless(
      boolean configured,
      String what,
      String section,
      String consequence,
      YamlNode at,
      Problems problems) {
    if (!configured) {
      problems.warning(
          at, "no " + what + " is configured in nightshift.yaml (" + section + "); " + consequence);
    }
  }
}
