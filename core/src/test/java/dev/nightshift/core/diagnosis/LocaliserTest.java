package dev.nightshift.core.diagnosis;

import static dev.nightshift.core.telemetry.HealthStatus.DEGRADED;
import static dev.nightshift.core.telemetry.HealthStatus.HEALTHY;
import static dev.nightshift.core.telemetry.HealthStatus.UNHEALTHY;
import static dev.nightshift.core.telemetry.HealthStatus.UNKNOWN;
import static dev.nightshift.core.testing.Fixtures.ids;
import static dev.nightshift.core.testing.Fixtures.node;
import static dev.nightshift.core.testing.Fixtures.root;
import static dev.nightshift.core.testing.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LocaliserTest {

  private static final SlaId FRESHNESS = new SlaId("freshness");

  /** The seed's path: the consumer reads the topic (on its broker) and writes to Redis. */
  private static final DependencyTree SEED =
      tree(
          List.of(root("freshness", "consumer")),
          node("consumer", "topic", "redis"),
          node("topic", "broker"),
          node("broker"),
          node("redis"));

  private static final DependencyTree CHAIN =
      tree(List.of(root("freshness", "a")), node("a", "b"), node("b", "c"), node("c"));

  @Test
  void blamesRedisAndNotTheConsumerAboveItWhenTheTopicIsHealthy() {
    RootCause cause =
        locate(
            SEED,
            Map.of("consumer", UNHEALTHY, "topic", HEALTHY, "broker", HEALTHY, "redis", UNHEALTHY));

    assertThat(cause)
        .isEqualTo(
            new RootCause.Located(
                ids("redis"), "redis is abnormal while everything below is healthy"));
  }

  @Test
  void blamesTheBottomOfAChainWhenOnlyTheBottomIsBroken() {
    RootCause cause = locate(CHAIN, Map.of("a", HEALTHY, "b", HEALTHY, "c", UNHEALTHY));

    assertThat(nodes(cause)).isEqualTo(ids("c"));
  }

  @Test
  void blamesTheBottomOfAChainThatIsBrokenAllTheWayDown() {
    RootCause cause = locate(CHAIN, Map.of("a", UNHEALTHY, "b", UNHEALTHY, "c", UNHEALTHY));

    assertThat(nodes(cause)).isEqualTo(ids("c"));
  }

  @Test
  void countsADegradedNodeAsAbnormal() {
    RootCause cause = locate(CHAIN, Map.of("a", UNHEALTHY, "b", DEGRADED, "c", HEALTHY));

    assertThat(nodes(cause)).isEqualTo(ids("b"));
  }

  @Test
  void blamesTwoIndependentBrokenBranchesInWalkOrder() {
    // Defined right before left, so only the walk order puts left first.
    DependencyTree branches =
        tree(
            List.of(root("freshness", "left", "right")),
            node("right", "right-db"),
            node("right-db"),
            node("left", "left-db"),
            node("left-db"));

    RootCause cause =
        locate(
            branches,
            Map.of(
                "left", UNHEALTHY, "left-db", UNHEALTHY, "right", UNHEALTHY, "right-db", DEGRADED));

    assertThat(cause)
        .isEqualTo(
            new RootCause.Located(
                ids("left-db", "right-db"),
                "left-db, right-db are abnormal while everything below is healthy"));
  }

  @Test
  void blamesASharedBrokenNodeOnceThoughTwoBranchesReachIt() {
    DependencyTree diamond =
        tree(
            List.of(root("freshness", "api")),
            node("api", "reader", "writer"),
            node("reader", "db"),
            node("writer", "db"),
            node("db"));

    RootCause cause =
        locate(
            diamond,
            Map.of("api", UNHEALTHY, "reader", UNHEALTHY, "writer", DEGRADED, "db", UNHEALTHY));

    assertThat(nodes(cause)).isEqualTo(ids("db"));
  }

  @Test
  void blamesOnlyTheBrokenBranchWhenASiblingCouldNotBeChecked() {
    RootCause cause =
        locate(
            SEED,
            Map.of("consumer", UNHEALTHY, "topic", UNKNOWN, "broker", HEALTHY, "redis", UNHEALTHY));

    assertThat(cause)
        .isEqualTo(
            new RootCause.Located(
                ids("redis"), "redis is abnormal while everything below is healthy"));
  }

  @Test
  void locatesANodeAboveAnUnknownDependencyWithACaveatNamingIt() {
    RootCause cause =
        locate(
            SEED,
            Map.of("consumer", UNHEALTHY, "topic", HEALTHY, "broker", HEALTHY, "redis", UNKNOWN));

    assertThat(cause)
        .isEqualTo(
            new RootCause.Located(
                ids("consumer"),
                ids("redis"),
                "consumer is abnormal while everything below is healthy;"
                    + " but consumer depends on redis, which could not be checked"));
  }

  @Test
  void namesAnUnknownNodeDeeperDownInTheCaveat() {
    RootCause cause =
        locate(
            SEED,
            Map.of("consumer", UNHEALTHY, "topic", HEALTHY, "broker", UNKNOWN, "redis", HEALTHY));

    assertThat(cause.reason())
        .endsWith("but consumer depends on broker, which could not be checked");
  }

  @Test
  void isUndeterminedWhenNothingIsAbnormalButANodeCouldNotBeChecked() {
    RootCause cause =
        locate(
            SEED,
            Map.of("consumer", HEALTHY, "topic", HEALTHY, "broker", HEALTHY, "redis", UNKNOWN));

    assertThat(cause)
        .isEqualTo(
            new RootCause.Undetermined(
                ids("redis"), "no node is abnormal, but redis could not be checked"));
  }

  @Test
  void findsNoneWhenEveryNodeIsHealthy() {
    RootCause cause =
        locate(
            SEED,
            Map.of("consumer", HEALTHY, "topic", HEALTHY, "broker", HEALTHY, "redis", HEALTHY));

    assertThat(cause).isEqualTo(new RootCause.NoneFound("every node on the path is healthy"));
  }

  /** Findings in walk order, each node with the status given for it. */
  private static RootCause locate(DependencyTree tree, Map<String, HealthStatus> statuses) {
    List<NodeId> walk = tree.walk(FRESHNESS);
    assertThat(statuses.keySet()).as("a status for every node walked").hasSameSizeAs(walk);
    List<NodeFinding> findings =
        walk.stream()
            .map(id -> {
              HealthStatus status = statuses.get(id.value());
              Health health = new Health(status, OptionalDouble.empty(), id + " is " + status);
              return new NodeFinding(id, health, List.of(), List.of(), List.of());
            })
            .toList();
    return Localiser.locate(tree, findings);
  }

  private static List<NodeId> nodes(RootCause cause) {
    assertThat(cause).isInstanceOf(RootCause.Located.class);
    return ((RootCause.Located) cause).nodes();
  }
}
