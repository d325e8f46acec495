package dev.nightshift.core.topology;

import static dev.nightshift.core.testing.Fixtures.ids;
import static dev.nightshift.core.testing.Fixtures.root;
import static dev.nightshift.core.testing.Fixtures.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaRootTest {

  @Test
  void rejectsListingADependencyTwice() {
    assertThatThrownBy(() -> root("freshness", "writer", "consumer", "writer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SLA freshness lists a dependency twice");
  }

  @Test
  void keepsItsOwnCopyOfItsDependencies() {
    List<NodeId> dependsOn = new ArrayList<>(ids("writer"));
    SlaRoot root = new SlaRoot(sla("freshness"), dependsOn);

    dependsOn.add(new NodeId("consumer"));

    assertThat(root.dependsOn()).isEqualTo(ids("writer"));
  }
}
