package dev.nightshift.app.run;

import dev.nightshift.adapters.command.Commands;
import dev.nightshift.adapters.command.DockerCli;
import dev.nightshift.adapters.http.Http;
import dev.nightshift.adapters.kafka.Kafka;
import dev.nightshift.adapters.logs.LogFiles;
import dev.nightshift.adapters.loki.Loki;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.prometheus.Prometheus;
import dev.nightshift.adapters.redis.Redis;
import dev.nightshift.adapters.supervisor.Supervisord;
import dev.nightshift.app.config.Secret;
import dev.nightshift.app.config.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One client per configured system, opened once at start and closed at shutdown; endpoints of a
 * kind are looked up by the name a node gives, or the only one when it gives none.
 */
final class Connections implements AutoCloseable {

  final Optional<Prometheus> prometheus;
  final Optional<Loki> loki;
  final Map<String, Supervisord> supervisord;
  final Map<String, Redis> redis;
  final Map<String, Kafka> kafka;
  final LogFiles files;
  final Commands commands;
  final Optional<DockerCli> docker;
  final Http http;

  private Connections(Telemetry t, Set<String> allowedPrograms, Duration timeout, Clock clock) {
    this.prometheus = t.prometheus().map(e -> Prometheus.connect(endpoint(e), clock));
    this.loki = t.loki().map(e -> Loki.connect(endpoint(e), clock));
    this.supervisord = each(t.supervisord(), e -> Supervisord.connect(endpoint(e)));
    this.redis = each(t.redis(), e -> Redis.connect(endpoint(e)));
    this.kafka = each(t.kafka(), k -> Kafka.connect(k.bootstrapServers(), k.timeout(), clock));
    this.files = LogFiles.create(clock);
    this.commands = Commands.allowing(allowedPrograms, timeout);
    this.docker =
        t.docker().map(d -> DockerCli.using(d.binary(), d.host(), allowedPrograms, timeout));
    this.http = Http.create(timeout);
  }

  static Connections open(
      Telemetry telemetry, Set<String> allowedPrograms, Duration timeout, Clock clock) {
    return new Connections(telemetry, allowedPrograms, timeout, clock);
  }

  static Endpoint endpoint(Telemetry.Endpoint e) {
    return new Endpoint(e.url(), e.timeout(), e.username(), e.password().map(Secret::reveal));
  }

  /** The endpoint a node names, or the only one of its kind when it names none. */
  static <T> Optional<T> named(Map<String, T> all, Optional<String> name) {
    return name.isPresent()
        ? Optional.ofNullable(all.get(name.get()))
        : all.size() == 1 ? all.values().stream().findFirst() : Optional.empty();
  }

  /** How a lookup that found nothing reads in a report. */
  static String missing(String kind, Map<String, ?> all, Optional<String> name) {
    return name.map(n -> "no " + kind + " named '" + n + "' is configured")
        .orElse(
            all.isEmpty()
                ? "no " + kind + " is configured in nightshift.yaml"
                : "several " + kind + " endpoints are configured; the node must name one");
  }

  private static <C, T> Map<String, T> each(Map<String, C> config, Function<C, T> open) {
    Map<String, T> out = new LinkedHashMap<>();
    config.forEach((name, c) -> out.put(name, open.apply(c)));
    return out;
  }

  @Override
  public void close() {
    redis.values().forEach(Redis::close);
    kafka.values().forEach(Kafka::close);
  }
}
