package dev.nightshift.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The consumer's poll loop: each partition's records are written to Redis in parallel, each through
 * its own pooled connection; a partition's offset is committed only once its write succeeded, and a
 * partition whose write failed is rewound to retry the same records after a pause.
 */
final class ConsumerLoop {

  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(5);

  private final KafkaConsumer<String, String> kafka;
  private final String topic;
  private final EntityWriter writer;
  private final ExecutorService writers;
  private final AtomicLong lastWrite;
  private final AtomicLong lag = new AtomicLong(-1);
  private final Metrics.Counter written;
  private final Metrics.LabeledCounter errors;

  ConsumerLoop(
      KafkaConsumer<String, String> kafka,
      String topic,
      EntityWriter writer,
      ExecutorService writers,
      Metrics metrics,
      AtomicLong lastWrite) {
    this.kafka = kafka;
    this.topic = topic;
    this.writer = writer;
    this.writers = writers;
    this.lastWrite = lastWrite;
    this.written = metrics.counter("entity_written_total", "Updates written to Redis.");
    this.errors =
        metrics.counter("entity_write_errors_total", "Failed Redis writes, by kind.", "kind");
    metrics.gauge(
        "kafka_consumer_group_lag",
        "Records behind the end of the topic, as this consumer last saw it.",
        "gauge",
        "{group=\"" + Consumer.GROUP + "\",topic=\"" + topic + "\"}",
        () -> lag.get() < 0 ? Double.NaN : lag.get());
  }

  /**
   * Polls until woken.
   *
   * @throws WakeupException when {@link KafkaConsumer#wakeup()} stops it
   */
  void run() {
    kafka.subscribe(List.of(topic));
    rememberLastWrite();
    while (true) {
      ConsumerRecords<String, String> records = kafka.poll(POLL_TIMEOUT);
      measureLag();
      if (!records.isEmpty()) {
        handle(records);
      }
    }
  }

  private void handle(ConsumerRecords<String, String> records) {
    Map<TopicPartition, Future<Long>> writes = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      List<EntityUpdate> updates = parse(records.records(partition));
      writes.put(partition, writers.submit(() -> updates.isEmpty() ? -1L : writer.write(updates)));
    }
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    Set<String> failures = new LinkedHashSet<>();
    for (var write : writes.entrySet()) {
      List<ConsumerRecord<String, String>> batch = records.records(write.getKey());
      try {
        long newest = write.getValue().get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        written.add(batch.size());
        lastWrite.accumulateAndGet(newest, Math::max);
        commits.put(write.getKey(), new OffsetAndMetadata(batch.getLast().offset() + 1));
      } catch (ExecutionException | TimeoutException e) {
        failures.add(failure(e));
        kafka.seek(write.getKey(), batch.getFirst().offset());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WakeupException();
      }
    }
    commit(commits);
    if (!failures.isEmpty()) {
      failures.forEach(Log::error);
      backOff();
    }
  }

  private String failure(Exception e) {
    if (e.getCause() instanceof RedisException redis) {
      errors.increment(redis.kind().label());
      return redis.kind() == RedisException.Kind.POOL_EXHAUSTED
          ? "Redis connection pool exhausted: " + redis.getMessage()
          : "Redis write failed: " + redis.getMessage();
    }
    errors.increment("other");
    return "Redis write failed: " + (e.getCause() == null ? e : e.getCause());
  }

  // A malformed record can never be written; it is skipped (and committed) rather than retried.
  private static List<EntityUpdate> parse(List<ConsumerRecord<String, String>> records) {
    List<EntityUpdate> updates = new ArrayList<>(records.size());
    for (ConsumerRecord<String, String> record : records) {
      try {
        updates.add(EntityUpdate.parse(record.value()));
      } catch (IllegalArgumentException e) {
        Log.error("Skipping malformed record at offset " + record.offset() + ": " + e.getMessage());
      }
    }
    return updates;
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> commits) {
    if (commits.isEmpty()) {
      return;
    }
    try {
      kafka.commitSync(commits, COMMIT_TIMEOUT);
    } catch (WakeupException e) {
      throw e;
    } catch (KafkaException e) {
      // The records are written; after a rebalance they are written again, which is harmless.
      Log.warn("Kafka offset commit failed: " + e.getMessage());
    }
  }

  // Waits by polling with every partition paused, so the consumer keeps its place in the group.
  private void backOff() {
    kafka.pause(kafka.assignment());
    try {
      ConsumerRecords<String, String> unexpected = kafka.poll(RETRY_BACKOFF);
      for (TopicPartition partition : unexpected.partitions()) {
        kafka.seek(partition, unexpected.records(partition).getFirst().offset());
      }
    } finally {
      kafka.resume(kafka.paused());
    }
  }

  private void rememberLastWrite() {
    try {
      writer.lastWrite().ifPresent(ts -> lastWrite.accumulateAndGet(ts, Math::max));
    } catch (RedisException e) {
      Log.warn("Could not read " + EntityWriter.LAST_WRITE_KEY + ": " + e.getMessage());
    }
  }

  private void measureLag() {
    long total = 0;
    for (TopicPartition partition : kafka.assignment()) {
      var partitionLag = kafka.currentLag(partition);
      if (partitionLag.isEmpty()) {
        return;
      }
      total += partitionLag.getAsLong();
    }
    lag.set(total);
  }
}
