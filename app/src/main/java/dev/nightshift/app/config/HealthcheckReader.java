package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.telemetry.Healthcheck;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code healthcheck:} (or an SLI {@code probe:}) into the record of its method, checking
 * the method's parameters and whether the agent can reach what the check needs.
 */
final class HealthcheckReader {

  /** How lagged a consumer may be when its healthcheck does not say: the seed's lag SLA. */
  static final long DEFAULT_LAG_THRESHOLD = 10_000;

  private final Endpoints endpoints;
  private final ProgramUses programs;

  /** Reads the parameters of one method. */
  @FunctionalInterface
  interface Method {
    Optional<Healthcheck> read(MapReader r, NodeContext node, Optional<Duration> timeout);
  }

  private final Map<String, Method> methods = new LinkedHashMap<>();

  HealthcheckReader(Endpoints endpoints, ProgramUses programs) {
    this.endpoints = endpoints;
    this.programs = programs;
    methods.put("consumer_lag", this::consumerLag);
    methods.put("topic_freshness", this::topicFreshness);
    methods.put("log_recency", HealthcheckReader::logRecency);
    methods.put("tcp_connect", (r, n, t) -> tcpConnect(r, t));
    methods.put("http", (r, n, t) -> http(r, t));
    methods.put("promql", (r, n, t) -> promql(r, t));
    methods.put("redis", this::redis);
    methods.put("supervisor_state", new SupervisorStateReader(endpoints)::read);
    methods.put("command", (r, n, t) -> command(r, t));
  }

  Optional<Healthcheck> read(MapReader r, NodeContext node) {
    Optional<YamlNode> methodNode = r.required("method");
    Optional<String> method = methodNode.flatMap(n -> Values.text(n, r.problems()));
    if (method.isEmpty()) {
      return Optional.empty();
    }
    Method reader = methods.get(method.get());
    if (reader == null) {
      r.problems()
          .error(
              methodNode.get(),
              Values.unknown("healthcheck method", method.get(), methods.keySet()));
      return Optional.empty(); // the parameters of an unknown method cannot be checked
    }
    r.allow("notes");
    Optional<Healthcheck> check = reader.read(r, node, r.positiveDuration("timeout"));
    r.finish();
    return check;
  }

  private Optional<Healthcheck> consumerLag(
      MapReader r, NodeContext node, Optional<Duration> timeout) {
    Optional<String> group = r.requiredText("consumer_group");
    long threshold =
        r.wholeNumber("lag_threshold", 0, Long.MAX_VALUE).orElse(DEFAULT_LAG_THRESHOLD);
    Optional<String> topic = r.text("topic").or(() -> node.coordinates().topic());
    Optional<String> cluster = cluster(r, node);
    return group.map(g -> new Healthcheck.ConsumerLag(g, threshold, topic, cluster, timeout));
  }

  private Optional<Healthcheck> topicFreshness(
      MapReader r, NodeContext node, Optional<Duration> timeout) {
    Optional<Duration> maxAge = r.requiredPositiveDuration("max_age");
    Optional<String> topic = r.text("topic").or(() -> node.coordinates().topic());
    if (topic.isEmpty()) {
      r.problems()
          .error(
              r.source(),
              r.pathOf("topic"),
              "topic_freshness needs a topic: set topic here or on " + node.owner());
    }
    Optional<String> cluster = cluster(r, node);
    if (maxAge.isEmpty() || topic.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Healthcheck.TopicFreshness(maxAge.get(), topic.get(), cluster, timeout));
  }

  private Optional<String> cluster(MapReader r, NodeContext node) {
    Optional<String> named = r.text("cluster").or(() -> node.coordinates().cluster());
    return endpoints.kafka(named, r.mapping(), r.problems());
  }

  private static Optional<Healthcheck> logRecency(
      MapReader r, NodeContext node, Optional<Duration> timeout) {
    Optional<Duration> maxAge = r.requiredPositiveDuration("max_age");
    if (!node.hasLogs()) {
      r.problems()
          .error(
              r.mapping(),
              "log_recency reads the node's logs, but "
                  + node.owner()
                  + " has none: add logs (loki_query, file or supervisor)");
      return Optional.empty();
    }
    return maxAge.map(a -> new Healthcheck.LogRecency(a, timeout));
  }

  private static Optional<Healthcheck> tcpConnect(MapReader r, Optional<Duration> timeout) {
    Optional<String> host = r.requiredText("host");
    Optional<Long> port = r.requiredWholeNumber("port", 1, 65535);
    if (host.isEmpty() || port.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Healthcheck.TcpConnect(host.get(), port.get().intValue(), timeout));
  }

  private static Optional<Healthcheck> http(MapReader r, Optional<Duration> timeout) {
    var url = r.required("url").flatMap(n -> TelemetryReader.uri(n, TelemetryReader.HTTP, r));
    String method =
        r.choice("http_method", "HTTP method", Values.names("GET", "HEAD", "POST")).orElse("GET");
    var statuses = StatusCodes.read(r, "expect_status");
    Optional<String> body = r.text("body_contains");
    return url.map(u -> new Healthcheck.Http(u, method, statuses, body, timeout));
  }

  private Optional<Healthcheck> promql(MapReader r, Optional<Duration> timeout) {
    endpoints.prometheus(r.mapping(), r.problems());
    Optional<String> expression = r.text("expression");
    Optional<YamlNode> condition = r.required("condition");
    if (condition.isEmpty()) {
      return Optional.empty();
    }
    if (expression.isPresent()) {
      return Conditions.bound(condition.get(), r.problems())
          .map(b -> new Healthcheck.PromQlQuery(expression.get(), b, timeout));
    }
    return Conditions.metric(condition.get(), r.problems())
        .map(c -> new Healthcheck.PromQlCondition(c, timeout));
  }

  private Optional<Healthcheck> redis(MapReader r, NodeContext node, Optional<Duration> timeout) {
    Optional<String> named = r.text("instance").or(() -> node.coordinates().redis());
    Optional<String> instance = endpoints.redis(named, r.mapping(), r.problems());
    Optional<YamlNode> conditionNode = r.node("condition");
    var condition = conditionNode.flatMap(n -> Conditions.metric(n, r.problems()));
    if (conditionNode.isPresent() && condition.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Healthcheck.Redis(instance, condition, timeout));
  }

  private Optional<Healthcheck> command(MapReader r, Optional<Duration> timeout) {
    Optional<YamlNode> argvNode = r.required("argv");
    Optional<List<String>> argv = argvNode.flatMap(n -> CommandText.read(n, r.problems()));
    long exit = r.wholeNumber("expect_exit", 0, 255).orElse(0L);
    argv.ifPresent(a -> programs.add(a.getFirst(), argvNode.get()));
    return argv.map(a -> new Healthcheck.Command(a, (int) exit, timeout));
  }
}
