package dev.nightshift.core.reasoning;

import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.diagnosis.RootCause;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** A small tree (freshness → consumer → redis, kafka) and hypotheses about it. */
final class ReasoningFixtures {

  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  static final String LINE = "ERR max number of clients reached (12 of 10000)";
  static final List<NodeId> PATH = Fixtures.ids("consumer", "redis");

  static final DependencyTree TREE =
      Fixtures.tree(
          List.of(Fixtures.root("freshness", "consumer")),
          Fixtures.node("consumer", "redis", "kafka"),
          Fixtures.node("redis"),
          Fixtures.node("kafka"));

  static final StepSpec RESTART_REDIS = restart("redis");

  static StepSpec restart(String node) {
    return new StepSpec("docker_restart", Optional.of(new NodeId(node)), Map.of("container", node));
  }

  static DockerRestart restartAction(String node) {
    return new DockerRestart(
        Target.of(Optional.of(new NodeId(node)), "container", node), node, Optional.empty());
  }

  static Hypothesis hypothesis(String rootCause, Optional<StepSpec> action, String... evidence) {
    return new Hypothesis(
        rootCause,
        "Redis refuses new clients",
        List.of(evidence),
        action,
        Optional.empty(),
        List.of("check the client count"),
        OptionalDouble.of(0.9));
  }

  static Hypothesis restartRedis() {
    return hypothesis("redis", Optional.of(RESTART_REDIS), "\"max number of clients reached\"");
  }

  static Diagnosis diagnosis(String... redisLines) {
    return new Diagnosis(
        new SlaId("freshness"),
        T0,
        T0,
        List.of(
            finding("consumer", HealthStatus.UNHEALTHY),
            finding("redis", HealthStatus.UNHEALTHY, redisLines)),
        new RootCause.NoneFound("not used"));
  }

  static NodeFinding finding(String node, HealthStatus status, String... errors) {
    Health health = new Health(status, OptionalDouble.empty(), node + " says " + status);
    List<LogLine> lines = Arrays.stream(errors).map(e -> new LogLine(T0, e)).toList();
    return new NodeFinding(new NodeId(node), health, lines, List.of(), List.of());
  }

  private ReasoningFixtures() {}
}
