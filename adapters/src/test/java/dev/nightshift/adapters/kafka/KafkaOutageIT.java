package dev.nightshift.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker that goes away under a connected client: the checks return, unknown, in time. */
class KafkaOutageIT {

  @TempDir Path dir;

  @Test
  void stoppedBrokerMakesEveryCheckUnknownNamingTheCluster() throws Exception {
    KafkaBroker broker = KafkaBroker.start(dir);
    try (Kafka kafka =
        Kafka.connect(List.of(broker.bootstrap()), Duration.ofSeconds(2), Clock.systemUTC())) {
      try (TestClients clients = new TestClients(broker.bootstrap())) {
        clients.createTopic("events", 1);
        clients.produce("events", 0, 3);
        clients.commit("writer", Map.of(new TopicPartition("events", 0), 1L));
      }
      assertThat(kafka.topicFreshness("events", Duration.ofMinutes(5)).status())
          .isEqualTo(HealthStatus.HEALTHY);
      assertThat(kafka.consumerLag("writer", Optional.empty(), 10).value()).hasValue(2);

      broker.close();
      Health freshness = kafka.topicFreshness("events", Duration.ofMinutes(5));
      Health lag = kafka.consumerLag("writer", Optional.empty(), 10);

      assertThat(freshness.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(freshness.reason()).contains("Kafka at " + broker.bootstrap());
      assertThat(lag.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(lag.reason()).contains("Kafka at " + broker.bootstrap());
    } finally {
      broker.close();
    }
  }
}
