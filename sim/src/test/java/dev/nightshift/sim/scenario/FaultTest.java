package dev.nightshift.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultTest {

  private static Fault fault(Optional<Duration> clearsAfter, Map<NodeId, Effect> effects) {
    return new Fault(
        "f", Duration.ofSeconds(60), effects, Map.of(), List.of(), clearsAfter, Duration.ZERO);
  }

  @Test
  void aZeroClearsAfterMeansOnlyAnActionEndsTheFault() {
    assertThat(fault(Optional.of(Duration.ZERO), Map.of()).clearsAfter()).isEmpty();
    assertThat(fault(Optional.of(Duration.ofSeconds(30)), Map.of()).clearsAfter())
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void collectsTheSeriesOfEveryNodeLaterNodesWinning() {
    SeriesKey clients = SeriesKey.of("redis_connected_clients");
    Map<NodeId, Effect> effects = new LinkedHashMap<>();
    effects.put(new NodeId("a"), Effect.metrics(Map.of(clients, new ValueSpec.Constant(1))));
    effects.put(new NodeId("b"), Effect.metrics(Map.of(clients, new ValueSpec.Constant(2))));

    assertThat(fault(Optional.empty(), effects).series())
        .isEqualTo(Map.of(clients, new ValueSpec.Constant(2)));
  }

  @Test
  void rejectsNegativeTimes() {
    assertThatThrownBy(() ->
            new Fault(
                "f",
                Duration.ofSeconds(-1),
                Map.of(),
                Map.of(),
                List.of(),
                Optional.empty(),
                Duration.ZERO))
        .hasMessage("at cannot be negative: PT-1S");
  }
}
