package dev.nightshift.bench;

import dev.nightshift.bench.Generated.Kind;
import dev.nightshift.bench.Generated.Spec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Known errors for a generated platform in the seed's format: each on a random node that can be
 * acted on, with a signature and a fix that suit the node (the seed's Redis connection kill, a
 * process restart, wait-and-verify, escalation).
 */
final class KnownErrorsYaml {

  private KnownErrorsYaml() {}

  static String render(Generated platform, int count) {
    Random random = new Random(Generated.SEED + 1);
    List<Spec> candidates =
        platform.nodes().stream().filter(n -> n.kind() != Kind.EXTERNAL).toList();
    Yaml out = new Yaml();
    out.line(0, "errors:");
    for (int i = 1; i <= count; i++) {
      Spec node = candidates.get(random.nextInt(candidates.size()));
      out.line(2, String.format(Locale.ROOT, "- id: ke-%04d", i));
      out.line(4, "signature:");
      knownError(out, node, random);
      out.line(4, "severity: " + (random.nextBoolean() ? "high" : "medium"));
      out.line(
          4, String.format(Locale.ROOT, "first_seen: \"2026-%02d-15\"", 1 + random.nextInt(12)));
      out.line(4, "occurrence_count: " + random.nextInt(50));
      out.line(4, "resolution_time_avg: \"" + (30 + random.nextInt(300)) + "s\"");
    }
    return out.toString();
  }

  private static void knownError(Yaml out, Spec node, Random random) {
    String id = node.id();
    switch (node.kind()) {
      case REDIS -> {
        String clients = "redis_connected_clients{instance=\"" + id + "\"}";
        signature(out, id, Optional.of("Redis connection pool exhausted"), clients + " > 280");
        out.line(4, "root_cause: \"Too many concurrent consumers holding Redis connections\"");
        fix(out, "automated");
        if (random.nextBoolean()) {
          out.line(8, "- action: docker_exec");
          out.line(10, "container: " + id);
          out.line(10, "command: \"redis-cli CLIENT KILL AGE 300\"");
          out.line(10, "purpose: \"kill idle connections older than 5 minutes\"");
        } else {
          out.line(8, "- action: redis_kill_idle_clients");
          out.line(10, "node: " + id);
          out.line(10, "idle: 5m");
        }
        verify(out, clients + " < 200", "60s");
      }
      case CONSUMER, INGEST, WORKER -> {
        String lag = "kafka_consumer_group_lag{group=\"" + id + "-group\"}";
        signature(
            out, id, Optional.of("CommitFailedException|consumer .* stuck"), lag + " > 10000");
        out.line(4, "root_cause: \"Consumer stuck after a rebalance\"");
        fix(out, "automated");
        out.line(8, "- action: supervisor_restart");
        out.line(10, "node: " + id);
        out.line(10, "purpose: \"restart the stuck process\"");
        verify(out, lag + " < 1000", "2m");
      }
      case SERVICE -> {
        String errors = "http_requests_total{service=\"" + id + "\",code=~\"5..\"}";
        signature(out, id, Optional.of("upstream timed out \\\\(110"), errors + " rate > 1 in 5m");
        out.line(4, "root_cause: \"Upstream slow during a deploy; recovers on its own\"");
        fix(out, "wait_and_verify");
        out.line(8, "- action: wait");
        out.line(10, "duration: 60s");
        verify(out, errors + " rate < 0.1 in 2m", "120s");
        out.line(8, "- action: escalate_if_failed");
        out.line(10, "message: \"" + id + " still failing — manual intervention needed\"");
      }
      case TOPIC, DATABASE -> {
        String metric =
            node.kind() == Kind.TOPIC
                ? "kafka_topic_partition_current_offset{topic=\"" + id + ".v1\"} increase < 1 in 5m"
                : "pg_stat_activity_count{instance=\"" + id + "\"} > 90";
        Optional<String> log =
            node.kind() == Kind.TOPIC ? Optional.empty() : Optional.of("too many connections");
        signature(out, id, log, metric);
        out.line(4, "root_cause: \"Needs a human: no safe automated fix\"");
        fix(out, "escalate");
        out.line(8, "- action: escalate");
        out.line(10, "message: \"" + id + " needs attention\"");
      }
      case EXTERNAL -> throw new IllegalArgumentException("external nodes are never fixed");
    }
  }

  /** Topics write no logs of their own, so their signatures name no log pattern. */
  private static void signature(
      Yaml out, String node, Optional<String> logPattern, String condition) {
    logPattern.ifPresent(p -> out.line(6, "log_pattern: \"" + p + "\""));
    out.line(6, "node: " + node);
    out.line(6, "metric_condition: " + Yaml.quote(condition));
  }

  private static void fix(Yaml out, String type) {
    out.line(4, "fix:");
    out.line(6, "type: " + type);
    out.line(6, "steps:");
  }

  private static void verify(Yaml out, String check, String timeout) {
    out.line(8, "- action: verify");
    out.line(10, "check: " + Yaml.quote(check));
    out.line(10, "timeout: " + timeout);
  }
}
