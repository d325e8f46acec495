package dev.nightshift.adapters.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jspecify.annotations.Nullable;

/**
 * One AdminClient per cluster, created on first use (so that a cluster unreachable at start-up is a
 * failed check, not a failed agent) and reused; the few calls the checks make, each bounded by the
 * check's deadline.
 */
final class AdminSession implements AutoCloseable {

  private static final AtomicInteger CLIENTS = new AtomicInteger();
  private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final List<String> bootstrapServers;
  private final Duration timeout;
  private @Nullable Admin admin;
  private boolean closed;

  AdminSession(List<String> bootstrapServers, Duration timeout) {
    this.bootstrapServers = List.copyOf(bootstrapServers);
    this.timeout = timeout;
  }

  /** How reasons name the cluster: by its bootstrap servers. */
  String cluster() {
    return "Kafka at " + String.join(",", bootstrapServers);
  }

  Duration timeout() {
    return timeout;
  }

  /** The partitions of each topic that exists; a topic the cluster does not know is left out. */
  Map<String, List<TopicPartition>> partitions(Collection<String> topics, Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, KafkaFuture<TopicDescription>> futures =
        admin()
            .describeTopics(topics, deadline.bound(new DescribeTopicsOptions()))
            .topicNameValues();
    Map<String, List<TopicPartition>> partitions = new HashMap<>();
    for (var entry : futures.entrySet()) {
      try {
        TopicDescription topic = deadline.await(entry.getValue());
        partitions.put(
            entry.getKey(),
            topic.partitions().stream()
                .map(p -> new TopicPartition(topic.name(), p.partition()))
                .toList());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
    }
    return partitions;
  }

  Map<TopicPartition, ListOffsetsResultInfo> offsets(
      Collection<TopicPartition> partitions, OffsetSpec spec, Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    if (partitions.isEmpty()) {
      return Map.of();
    }
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, spec));
    return deadline.await(
        admin().listOffsets(request, deadline.bound(new ListOffsetsOptions())).all());
  }

  /** The group's committed offsets; partitions it never committed are absent. */
  Map<TopicPartition, Long> committed(String group, Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        deadline.await(
            admin()
                .listConsumerGroupOffsets(
                    group, deadline.bound(new ListConsumerGroupOffsetsOptions()))
                .partitionsToOffsetAndMetadata());
    Map<TopicPartition, Long> committed = new HashMap<>();
    offsets.forEach((partition, offset) -> {
      if (offset != null && offset.offset() >= 0) {
        committed.put(partition, offset.offset());
      }
    });
    return committed;
  }

  /** Starts describing the group; the caller awaits the answer when it needs it. */
  KafkaFuture<ConsumerGroupDescription> describe(String group, Deadline deadline)
      throws TimeoutException {
    return admin()
        .describeConsumerGroups(List.of(group), deadline.bound(new DescribeConsumerGroupsOptions()))
        .describedGroups()
        .get(group);
  }

  private synchronized Admin admin() {
    if (closed) {
      throw new IllegalStateException(cluster() + ": the client is closed");
    }
    if (admin == null) {
      admin = Admin.create(config());
    }
    return admin;
  }

  private Map<String, Object> config() {
    int millis = (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE);
    int connect = (int) Math.min(millis, MAX_CONNECT_TIMEOUT.toMillis());
    return Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        String.join(",", bootstrapServers),
        AdminClientConfig.CLIENT_ID_CONFIG,
        "nightshift-" + CLIENTS.incrementAndGet(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
        millis,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
        millis,
        AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG,
        (long) connect,
        AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG,
        (long) Math.max(connect, millis));
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (admin != null) {
      admin.close(timeout);
      admin = null;
    }
  }
}
