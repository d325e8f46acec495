package dev.nightshift.core.topology;

import static dev.nightshift.core.testing.Fixtures.ids;
import static dev.nightshift.core.testing.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.measure.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeTest {

  @Test
  void rejectsDependingOnItself() {
    assertThatThrownBy(() -> node("redis", "topic", "redis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node redis depends on itself");
  }

  @Test
  void rejectsListingADependencyTwice() {
    assertThatThrownBy(() -> node("writer", "redis", "topic", "redis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("node writer lists a dependency twice");
  }

  @Test
  void keepsItsOwnCopiesOfItsListsAndLimitsInTheirOrder() {
    List<NodeId> dependsOn = new ArrayList<>(ids("topic", "redis"));
    List<String> metrics = new ArrayList<>(List.of("redis_connected_clients"));
    Map<String, Quantity> limits = new LinkedHashMap<>();
    limits.put("memory", Quantity.parse("30GB").orThrow());
    limits.put("max_clients", Quantity.of(300));
    Node node = withLists(dependsOn, metrics, limits);

    dependsOn.add(new NodeId("other"));
    metrics.clear();
    limits.clear();

    assertThat(node.dependsOn()).isEqualTo(ids("topic", "redis"));
    assertThat(node.metrics()).containsExactly("redis_connected_clients");
    assertThat(node.limits()).containsOnlyKeys("memory", "max_clients");
    assertThat(node.limits().keySet()).containsExactly("memory", "max_clients");
    assertThatThrownBy(() -> node.limits().put("x", Quantity.of(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Node withLists(
      List<NodeId> dependsOn, List<String> metrics, Map<String, Quantity> limits) {
    return new Node(
        new NodeId("writer"),
        NodeType.PROCESS,
        "",
        Coordinates.NONE,
        Optional.empty(),
        Optional.empty(),
        metrics,
        List.of(),
        limits,
        Optional.empty(),
        dependsOn);
  }
}
