package dev.nightshift.core.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to tell whether one node of the dependency tree is healthy: one record per method, each
 * holding exactly the parameters its prober needs, resolved from the node where the node knows them
 * (topic, cluster, supervisor process).
 */
public sealed interface Healthcheck {

  /** The method's name as written in YAML ({@code consumer_lag}, {@code tcp_connect}, ...). */
  String method();

  /** How long the probe may take; empty means the agent's default probe timeout. */
  Optional<Duration> timeout();

  /** Kafka consumer-group lag (committed vs end offsets) must stay at or below a threshold. */
  record ConsumerLag(
      String consumerGroup,
      long lagThreshold,
      Optional<String> topic,
      Optional<String> cluster,
      Optional<Duration> timeout)
      implements Healthcheck {
    public ConsumerLag {
      requireText(consumerGroup, "consumerGroup");
      if (lagThreshold < 0) {
        throw new IllegalArgumentException("lag threshold must be >= 0: " + lagThreshold);
      }
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(cluster, "cluster");
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "consumer_lag";
    }
  }

  /** The newest record on a Kafka topic must be younger than {@code maxAge}. */
  record TopicFreshness(
      Duration maxAge, String topic, Optional<String> cluster, Optional<Duration> timeout)
      implements Healthcheck {
    public TopicFreshness {
      requirePositive(maxAge, "maxAge");
      requireText(topic, "topic");
      Objects.requireNonNull(cluster, "cluster");
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "topic_freshness";
    }
  }

  /** The node's log must have a line younger than {@code maxAge}: a silent process is stuck. */
  record LogRecency(Duration maxAge, Optional<Duration> timeout) implements Healthcheck {
    public LogRecency {
      requirePositive(maxAge, "maxAge");
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "log_recency";
    }
  }

  /** A TCP connection to {@code host:port} must open. */
  record TcpConnect(String host, int port, Optional<Duration> timeout) implements Healthcheck {
    public TcpConnect {
      requireText(host, "host");
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "tcp_connect";
    }
  }

  /**
   * An HTTP request must answer with an expected status (any 2xx or 3xx when none is given) and,
   * optionally, a body containing a text.
   */
  record Http(
      URI url,
      String httpMethod,
      Set<Integer> expectStatus,
      Optional<String> bodyContains,
      Optional<Duration> timeout)
      implements Healthcheck {
    public Http {
      Objects.requireNonNull(url, "url");
      requireText(httpMethod, "httpMethod");
      expectStatus = Set.copyOf(expectStatus);
      Objects.requireNonNull(bodyContains, "bodyContains");
      Objects.requireNonNull(timeout, "timeout");
    }

    public boolean accepts(int status) {
      return expectStatus.isEmpty() ? status >= 200 && status < 400 : expectStatus.contains(status);
    }

    @Override
    public String method() {
      return "http";
    }
  }

  /** A metric condition must hold (evaluated by Prometheus, or natively by the simulator). */
  record PromQlCondition(MetricCondition condition, Optional<Duration> timeout)
      implements Healthcheck {
    public PromQlCondition {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "promql";
    }
  }

  /** The value of an arbitrary PromQL expression must satisfy a bound. */
  record PromQlQuery(String expression, Bound bound, Optional<Duration> timeout)
      implements Healthcheck {
    public PromQlQuery {
      requireText(expression, "expression");
      Objects.requireNonNull(bound, "bound");
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "promql";
    }
  }

  /**
   * Redis must answer PING and, when a condition is given, an INFO field must satisfy it (e.g.
   * {@code connected_clients < 280}).
   */
  record Redis(
      Optional<String> instance, Optional<MetricCondition> condition, Optional<Duration> timeout)
      implements Healthcheck {
    public Redis {
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "redis";
    }
  }

  /**
   * A supervisord process (or every process of a group when no process is named) must be in one of
   * the expected states.
   */
  record SupervisorState(
      Optional<String> endpoint,
      Optional<String> group,
      Optional<String> process,
      Set<String> expectStates,
      Optional<Duration> timeout)
      implements Healthcheck {
    public SupervisorState {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(process, "process");
      if (group.isEmpty() && process.isEmpty()) {
        throw new IllegalArgumentException("supervisor_state needs a group or a process");
      }
      expectStates = Set.copyOf(expectStates);
      if (expectStates.isEmpty()) {
        throw new IllegalArgumentException("supervisor_state needs at least one expected state");
      }
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "supervisor_state";
    }
  }

  /** An allow-listed program, run without a shell, must exit with the expected code. */
  record Command(List<String> argv, int expectExit, Optional<Duration> timeout)
      implements Healthcheck {
    public Command {
      argv = List.copyOf(argv);
      if (argv.isEmpty() || argv.getFirst().isBlank()) {
        throw new IllegalArgumentException("a command needs a program");
      }
      Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String method() {
      return "command";
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " cannot be blank");
    }
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
