package dev.nightshift.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The systems the agent reads from and acts through. Endpoints of a kind are named, so that tree
 * nodes can say which one they mean ({@code cluster: kraft-cluster}); with one of a kind, it is the
 * default.
 */
public record Telemetry(
    Optional<Endpoint> prometheus,
    Optional<Endpoint> loki,
    Map<String, Endpoint> supervisord,
    Map<String, Endpoint> redis,
    Map<String, Kafka> kafka,
    Map<String, Kubernetes> kubernetes,
    Optional<Docker> docker) {

  public Telemetry {
    Objects.requireNonNull(prometheus, "prometheus");
    Objects.requireNonNull(loki, "loki");
    supervisord = ordered(supervisord);
    redis = ordered(redis);
    kafka = ordered(kafka);
    kubernetes = ordered(kubernetes);
    Objects.requireNonNull(docker, "docker");
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * A server reached by URL with optional credentials: Prometheus and Loki over HTTP, supervisord
   * over HTTP or its unix socket ({@code unix:///path}), Redis ({@code redis://host:port/db}).
   */
  public record Endpoint(
      URI url, Duration timeout, Optional<String> username, Optional<Secret> password) {
    public Endpoint {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }
  }

  /** A Kafka cluster, reached through its bootstrap servers. */
  public record Kafka(List<String> bootstrapServers, Duration timeout) {
    public Kafka {
      bootstrapServers = List.copyOf(bootstrapServers);
      Objects.requireNonNull(timeout, "timeout");
    }
  }

  /** A Kubernetes cluster: a kubeconfig file and context, or the in-cluster service account. */
  public record Kubernetes(
      Optional<Path> kubeconfig, Optional<String> context, Optional<String> namespace) {
    public Kubernetes {
      Objects.requireNonNull(kubeconfig, "kubeconfig");
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(namespace, "namespace");
    }
  }

  /** The docker CLI used for container actions. */
  public record Docker(String binary, Optional<String> host) {
    public Docker {
      Objects.requireNonNull(binary, "binary");
      Objects.requireNonNull(host, "host");
    }
  }
}
