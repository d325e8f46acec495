package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.topology.NodeId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignatureTest {

  private static final NodeId REDIS = new NodeId("redis");
  private static final Optional<LogPattern> LOG =
      Optional.of(LogPattern.of("max number of clients reached"));
  private static final Optional<MetricCondition> METRIC =
      Optional.of(MetricCondition.parse("redis_connected_clients > 280").orThrow());

  @Test
  void isNodeOnlyWithoutALogOrMetricSignal() {
    assertThat(new Signature(REDIS, Optional.empty(), Optional.empty()).isNodeOnly()).isTrue();
  }

  @Test
  void isNotNodeOnlyWithAnyOtherSignal() {
    assertThat(new Signature(REDIS, LOG, Optional.empty()).isNodeOnly()).isFalse();
    assertThat(new Signature(REDIS, Optional.empty(), METRIC).isNodeOnly()).isFalse();
    assertThat(new Signature(REDIS, LOG, METRIC).isNodeOnly()).isFalse();
  }

  @Test
  void isEqualToASignatureWithTheSameSignals() {
    Signature one = new Signature(REDIS, Optional.of(LogPattern.of("x")), Optional.empty());
    Signature other = new Signature(REDIS, Optional.of(LogPattern.of("x")), Optional.empty());

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
  }
}
