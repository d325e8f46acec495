package dev.nightshift.core.testing;

import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.sla.Objective;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.sla.TimeWindow;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import dev.nightshift.core.topology.SlaRoot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The smallest valid domain values, so that a test names only what it is about and every other
 * field takes the blandest valid default. Shared with the other modules through core's test-jar;
 * add a factory here only when two test classes need it.
 */
public final class Fixtures {

  /** The objective of {@link #sla}: stay below 60 s, the seed's freshness threshold. */
  public static final Objective OBJECTIVE =
      Objective.below(new Quantity(60, Quantity.Unit.SECONDS));

  private Fixtures() {}

  /**
   * An SLA with the given id, objective {@link #OBJECTIVE}, always in force, severity high, no SLI,
   * no check and no alerts (so not observable), measured at the agent's default interval.
   */
  public static Sla sla(String id) {
    return new Sla(
        new SlaId(id),
        "",
        OBJECTIVE,
        TimeWindow.always(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Severity.HIGH,
        Optional.empty());
  }

  /** {@link #sla(String)} with an SLI query, {@code <id>_sli}, so that the agent measures it. */
  public static Sla measuredSla(String id) {
    Sla sla = sla(id);
    return new Sla(
        sla.id(),
        sla.description(),
        sla.objective(),
        sla.window(),
        sla.gatusCheck(),
        sla.alerts(),
        Optional.of(new Sli.Query(id + "_sli")),
        sla.severity(),
        sla.interval());
  }

  /** {@link #sla(String)} at the top of the tree, directly depending on {@code dependsOn}. */
  public static SlaRoot root(String slaId, String... dependsOn) {
    return new SlaRoot(sla(slaId), ids(dependsOn));
  }

  /**
   * A node with no coordinates, checks, logs, metrics or limits, depending on {@code dependsOn}.
   */
  public static Node node(String id, NodeType type, String... dependsOn) {
    return new Node(
        new NodeId(id),
        type,
        "",
        Coordinates.NONE,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Map.of(),
        Optional.empty(),
        ids(dependsOn));
  }

  /** {@link #node(String, NodeType, String...)} of type {@link NodeType#PROCESS}. */
  public static Node node(String id, String... dependsOn) {
    return node(id, NodeType.PROCESS, dependsOn);
  }

  /**
   * The healthcheck of {@link #checkedNode}: a command unique to the node, which {@link
   * ScriptedProber} answers with the health scripted for that node.
   */
  public static Healthcheck check(String node) {
    return new Healthcheck.Command(List.of("check", node), 0, Optional.empty());
  }

  /** {@link #node(String, String...)} with its own healthcheck, {@link #check}. */
  public static Node checkedNode(String id, String... dependsOn) {
    return withCheck(node(id, dependsOn));
  }

  /** {@code node} with its healthcheck replaced by {@link #check}. */
  public static Node withCheck(Node node) {
    return new Node(
        node.id(),
        node.type(),
        node.description(),
        node.coordinates(),
        Optional.of(check(node.id().value())),
        node.logs(),
        node.metrics(),
        node.alerts(),
        node.limits(),
        node.notes(),
        node.dependsOn());
  }

  /** A tree of the given SLAs over the given nodes, in the order written. */
  public static DependencyTree tree(List<SlaRoot> slas, Node... nodes) {
    return DependencyTree.of(slas, List.of(nodes));
  }

  /** Node ids, for building nodes and asserting on walks. */
  public static List<NodeId> ids(String... ids) {
    return Arrays.stream(ids).map(NodeId::new).toList();
  }

  /** SLA ids, for asserting on impacts. */
  public static List<SlaId> slaIds(String... ids) {
    return Arrays.stream(ids).map(SlaId::new).toList();
  }
}
