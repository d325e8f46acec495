package dev.nightshift.bench;

import dev.nightshift.bench.Generated.Spec;

/**
 * The fields of one generated node as an operator would write them: coordinates, a healthcheck that
 * suits its kind, logs, metrics and limits.
 */
final class NodeYaml {

  private NodeYaml() {}

  static void fields(Yaml out, int in, Spec spec) {
    String id = spec.id();
    out.line(in, "type: " + spec.kind().type);
    out.line(in, "description: \"" + spec.kind().prefix() + " " + spec.number() + "\"");
    switch (spec.kind()) {
      case SERVICE -> {
        out.line(in, "container: " + id);
        out.line(in, "namespace: platform");
        out.line(in, "deployment: " + id.replace('_', '-'));
        healthcheck(
            out, in, "http", "url: http://" + id + ":8080/health", "expect_status: [200, 204]");
        loki(out, in, id);
        metrics(out, in, "http_requests_total{service=\"" + id + "\",code=~\"5..\"}");
      }
      case CONSUMER -> {
        process(out, in, spec);
        healthcheck(
            out, in, "consumer_lag", "consumer_group: " + id + "-group", "lag_threshold: 10000");
        loki(out, in, id);
        metrics(
            out,
            in,
            "kafka_consumer_group_lag{group=\"" + id + "-group\"}",
            "process_cpu_seconds_total{process=\"" + id + "\"}");
      }
      case INGEST -> {
        process(out, in, spec);
        healthcheck(out, in, "log_recency", "max_age: 30s");
        loki(out, in, id);
      }
      case WORKER -> {
        out.line(in, "supervisor_group: layer_" + spec.layer());
        out.line(in, "supervisor_process: " + id);
        healthcheck(out, in, "supervisor_state", "expect: [RUNNING]");
        out.line(in, "logs:");
        out.line(in + 2, "supervisor: true");
      }
      case TOPIC -> {
        out.line(in, "topic: " + id + ".v1");
        out.line(in, "cluster: kraft-cluster");
        out.line(in, "min_isr: 2");
        healthcheck(out, in, "topic_freshness", "max_age: 30s");
        metrics(out, in, "kafka_topic_partition_current_offset{topic=\"" + id + ".v1\"}");
      }
      case REDIS -> {
        out.line(in, "container: " + id);
        out.line(in, "redis: redis");
        healthcheck(out, in, "redis", "condition: \"connected_clients < 280\"");
        loki(out, in, id);
        metrics(
            out,
            in,
            "redis_connected_clients{instance=\"" + id + "\"}",
            "redis_memory_used_bytes{instance=\"" + id + "\"}");
        out.line(in, "limits:");
        out.line(in + 2, "max_clients: 300");
        out.line(in + 2, "memory: 30GB");
      }
      case DATABASE -> {
        out.line(in, "container: " + id);
        healthcheck(
            out,
            in,
            "promql",
            "expression: " + Yaml.quote("pg_up{instance=\"" + id + "\"}"),
            "condition: \"> 0\"");
        loki(out, in, id);
        metrics(out, in, "pg_stat_activity_count{instance=\"" + id + "\"}");
      }
      case EXTERNAL -> {
        healthcheck(out, in, "tcp_connect", "host: 127.0.0.1", "port: " + (30_000 + spec.number()));
        out.line(in, "notes: \"External — cannot fix, only detect and alert\"");
      }
    }
  }

  private static void process(Yaml out, int in, Spec spec) {
    out.line(in, "container: " + spec.id());
    out.line(in, "supervisor_group: layer_" + spec.layer());
    out.line(in, "supervisor_process: " + spec.id());
  }

  private static void healthcheck(Yaml out, int in, String method, String... fields) {
    out.line(in, "healthcheck:");
    out.line(in + 2, "method: " + method);
    for (String field : fields) {
      out.line(in + 2, field);
    }
  }

  private static void loki(Yaml out, int in, String container) {
    out.line(in, "logs:");
    out.line(in + 2, "loki_query: " + Yaml.quote("{container_name=\"" + container + "\"}"));
  }

  private static void metrics(Yaml out, int in, String... series) {
    out.line(in, "metrics:");
    for (String s : series) {
      out.line(in + 2, "- " + Yaml.quote(s));
    }
  }
}
