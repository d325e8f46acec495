package dev.nightshift.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka checks against a real single-node KRaft broker, shared by the class. */
class KafkaIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @TempDir static Path dir;

  private static KafkaBroker broker;
  private static TestClients clients;
  private static Instant now;
  private static Kafka kafka;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start(dir);
    now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    kafka = Kafka.connect(List.of(broker.bootstrap()), TIMEOUT, Clock.fixed(now, ZoneOffset.UTC));
    clients = new TestClients(broker.bootstrap());
    clients.createTopic("orders", 3);
    clients.createTopic("payments", 1);
    for (int partition = 0; partition < 3; partition++) {
      clients.produce("orders", partition, 10);
    }
    clients.produce("payments", 0, 5);
    // orders: 0 + 6 + 10 (partition 2 never committed, counted from 0); payments: 3.
    clients.commit(
        "billing", Map.of(tp("orders", 0), 10L, tp("orders", 1), 4L, tp("payments", 0), 2L));
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
    clients.close();
    broker.close();
  }

  @Test
  void lagAboveThresholdIsUnhealthyWithTheRemainingLagAsValue() {
    Health health = kafka.consumerLag("billing", Optional.of("orders"), 10);

    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.value()).hasValue(16);
    assertThat(health.reason())
        .startsWith(
            "lag 16 on orders (3 partitions, 1 without a committed offset, counted from the"
                + " earliest offset) > 10")
        .contains("consumer group billing is Empty: no consumer is running");
  }

  @Test
  void lagAtOrBelowThresholdIsHealthy() {
    Health health = kafka.consumerLag("billing", Optional.of("orders"), 16);

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.value()).hasValue(16);
    assertThat(health.reason()).startsWith("lag 16 on orders").contains("<= 16");
  }

  @Test
  void withoutTopicLagSumsEveryTopicTheGroupCommittedOn() {
    Health health = kafka.consumerLag("billing", Optional.empty(), 100);

    assertThat(health.value()).hasValue(19);
    assertThat(health.reason()).startsWith("lag 19 on orders, payments (4 partitions");
  }

  @Test
  void topicFilterCountsOnlyThatTopic() {
    Health health = kafka.consumerLag("billing", Optional.of("payments"), 100);

    assertThat(health.value()).hasValue(3);
    assertThat(health.reason()).startsWith("lag 3 on payments (1 partition) <= 100");
  }

  @Test
  void lagReadingIsOneSampleForTheSli() {
    MetricReading reading = kafka.lag("billing", Optional.of("orders"));

    assertThat(reading)
        .isEqualTo(
            new MetricReading.Values(
                List.of(
                    new Sample(
                        "kafka_consumergroup_lag{group=\"billing\",topic=\"orders\"}", 16))));
  }

  @Test
  void unknownGroupIsUnknown() {
    Health health = kafka.consumerLag("nobody-reads-this", Optional.empty(), 10);

    assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
    assertThat(health.value()).isEmpty();
    assertThat(health.reason())
        .contains("consumer group nobody-reads-this does not exist", broker.bootstrap());
    assertThat(kafka.lag("nobody-reads-this", Optional.empty()))
        .isInstanceOf(MetricReading.Unavailable.class);
  }

  @Test
  void groupWithoutOffsetsOnTheTopicIsUnknown() {
    clients.commit("payments-only", Map.of(tp("payments", 0), 5L));

    Health health = kafka.consumerLag("payments-only", Optional.of("orders"), 10);

    assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
    assertThat(health.reason()).contains("payments-only (Empty)", "no committed offsets on orders");
  }

  @Test
  void reasonSaysWhetherTheGroupStillHasAConsumer() throws Exception {
    String group = "live";
    try (KafkaConsumer<String, String> consumer = clients.consumer(group)) {
      consumer.subscribe(List.of("orders"));
      awaitAssignment(consumer);
      consumer.commitSync(
          TestClients.metadata(
              Map.of(tp("orders", 0), 10L, tp("orders", 1), 10L, tp("orders", 2), 7L)),
          TestClients.WAIT);

      Health whileConsuming = kafka.consumerLag(group, Optional.of("orders"), 10);

      assertThat(whileConsuming.value()).hasValue(3);
      assertThat(whileConsuming.reason()).endsWith("consumer group live is Stable");
    }
    Health afterLeaving = kafka.consumerLag(group, Optional.of("orders"), 10);

    assertThat(afterLeaving.reason())
        .endsWith("consumer group live is Empty: no consumer is running");
  }

  @Test
  void freshTopicIsHealthyWithTheAgeOfItsNewestRecord() throws Exception {
    clients.createTopic("fresh", 2);
    clients.produce("fresh", 0, now.minusSeconds(30));
    clients.produce("fresh", 1, now.minusSeconds(5));

    Health health = kafka.topicFreshness("fresh", Duration.ofMinutes(1));

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.value()).hasValue(5);
    assertThat(health.reason()).startsWith("newest record on fresh (2 partitions) is 5s old <= 1m");
  }

  @Test
  void staleTopicIsUnhealthyEvenWhenOlderRecordsCameLast() throws Exception {
    clients.createTopic("stale", 2);
    clients.produce("stale", 0, now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(2)));
    clients.produce("stale", 1, now.minus(Duration.ofHours(3)));

    Health health = kafka.topicFreshness("stale", Duration.ofMinutes(5));

    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.value()).hasValue(3600);
    assertThat(health.reason()).startsWith("newest record on stale (2 partitions) is 1h old > 5m");
  }

  @Test
  void emptyTopicIsUnhealthyWithNoRecords() throws Exception {
    clients.createTopic("empty", 3);

    Health health = kafka.topicFreshness("empty", Duration.ofMinutes(5));

    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.value()).isEmpty();
    assertThat(health.reason()).isEqualTo("topic empty has no records (3 partitions)");
  }

  @Test
  void unknownTopicIsUnhealthyBecauseTheClusterSaysSo() {
    Health health = kafka.topicFreshness("no-such-topic", Duration.ofMinutes(5));

    assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(health.reason())
        .isEqualTo("topic no-such-topic does not exist on Kafka at " + broker.bootstrap());
  }

  @Test
  void unreachableClusterIsUnknownNamingItsBootstrapServers() {
    String nowhere = "127.0.0.1:" + FreePort.next();
    try (Kafka down = Kafka.connect(List.of(nowhere), Duration.ofSeconds(1), Clock.systemUTC())) {
      Health lag = down.consumerLag("billing", Optional.of("orders"), 10);
      Health freshness = down.topicFreshness("orders", Duration.ofMinutes(5));
      MetricReading reading = down.lag("billing", Optional.empty());

      assertThat(lag.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(lag.reason()).contains("Kafka at " + nowhere, "did not answer within 1s");
      assertThat(freshness.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(freshness.reason()).contains("Kafka at " + nowhere);
      assertThat(reading)
          .isInstanceOfSatisfying(
              MetricReading.Unavailable.class, u -> assertThat(u.retryable()).isTrue());
    }
  }

  private static void awaitAssignment(KafkaConsumer<String, String> consumer) {
    long deadline = System.nanoTime() + TestClients.WAIT.toNanos();
    while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(100));
    }
    assertThat(consumer.assignment()).as("partitions assigned to the live consumer").isNotEmpty();
  }

  private static TopicPartition tp(String topic, int partition) {
    return new TopicPartition(topic, partition);
  }
}
