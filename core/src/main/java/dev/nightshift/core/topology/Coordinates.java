package dev.nightshift.core.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a node lives, for the probes that inspect it and the actions that fix it: its container,
 * supervisord group and process, Kubernetes workload, Kafka topic and cluster, Redis instance.
 *
 * @param supervisor the supervisord endpoint (a name from nightshift.yaml) when there are several
 * @param redis the Redis instance (a name from nightshift.yaml) when there are several
 */
public record Coordinates(
    Optional<String> container,
    Optional<String> supervisor,
    Optional<String> supervisorGroup,
    Optional<String> supervisorProcess,
    Optional<String> namespace,
    Optional<String> deployment,
    Optional<String> topic,
    Optional<String> cluster,
    OptionalInt minIsr,
    Optional<String> redis) {

  public static final Coordinates NONE =
      new Coordinates(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          Optional.empty());

  public Coordinates {
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(supervisor, "supervisor");
    Objects.requireNonNull(supervisorGroup, "supervisorGroup");
    Objects.requireNonNull(supervisorProcess, "supervisorProcess");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(minIsr, "minIsr");
    Objects.requireNonNull(redis, "redis");
  }

  /** The supervisord name of the process: {@code group:process}, or the process alone. */
  public Optional<String> supervisorName() {
    return supervisorProcess.map(p -> supervisorGroup.map(g -> g + ":" + p).orElse(p));
  }

  /** The coordinates that are set, keyed by their YAML names, in a stable order; for display. */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>();
    container.ifPresent(v -> out.put("container", v));
    supervisor.ifPresent(v -> out.put("supervisor", v));
    supervisorGroup.ifPresent(v -> out.put("supervisor_group", v));
    supervisorProcess.ifPresent(v -> out.put("supervisor_process", v));
    namespace.ifPresent(v -> out.put("namespace", v));
    deployment.ifPresent(v -> out.put("deployment", v));
    topic.ifPresent(v -> out.put("topic", v));
    cluster.ifPresent(v -> out.put("cluster", v));
    minIsr.ifPresent(v -> out.put("min_isr", Integer.toString(v)));
    redis.ifPresent(v -> out.put("redis", v));
    return Collections.unmodifiableMap(out);
  }
}
