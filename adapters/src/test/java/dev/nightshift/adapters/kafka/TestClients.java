package dev.nightshift.adapters.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/** What the tests do to a broker as an application would: create topics, produce, commit. */
final class TestClients implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);

  private final String bootstrap;
  private final Admin admin;
  private final KafkaProducer<String, String> producer;

  TestClients(String bootstrap) {
    this.bootstrap = bootstrap;
    this.admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                0),
            new StringSerializer(),
            new StringSerializer());
  }

  void createTopic(String topic, int partitions) throws Exception {
    admin
        .createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
        .all()
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** {@code count} records on one partition, stamped now by the producer. */
  void produce(String topic, int partition, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      send(topic, partition, null);
    }
  }

  /** One record per timestamp, in this order, with the timestamp as its CreateTime. */
  void produce(String topic, int partition, Instant... timestamps) throws Exception {
    for (Instant timestamp : timestamps) {
      send(topic, partition, timestamp.toEpochMilli());
    }
  }

  /** Commits offsets for {@code group} without joining it, as a consumer that left would have. */
  void commit(String group, Map<TopicPartition, Long> offsets) {
    try (KafkaConsumer<String, String> consumer = consumer(group)) {
      consumer.assign(offsets.keySet());
      consumer.commitSync(metadata(offsets), WAIT);
    }
  }

  KafkaConsumer<String, String> consumer(String group) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            group,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest"),
        new StringDeserializer(),
        new StringDeserializer());
  }

  static Map<TopicPartition, OffsetAndMetadata> metadata(Map<TopicPartition, Long> offsets) {
    Map<TopicPartition, OffsetAndMetadata> metadata = new HashMap<>();
    offsets.forEach((partition, offset) -> metadata.put(partition, new OffsetAndMetadata(offset)));
    return metadata;
  }

  private void send(String topic, int partition, @Nullable Long timestamp) throws Exception {
    producer
        .send(new ProducerRecord<>(topic, partition, timestamp, "key", "value"))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    producer.close(WAIT);
    admin.close(WAIT);
  }
}
