package dev.nightshift.adapters.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Measures a consumer group's lag the way {@code kafka-consumer-groups --describe} does: committed
 * offsets against end offsets. Every partition of the topics the group reads counts; one the group
 * never committed counts from its earliest offset, since that is where a new consumer would start.
 */
final class ConsumerLagCheck {

  private final AdminSession session;

  ConsumerLagCheck(AdminSession session) {
    this.session = session;
  }

  LagOutcome measure(String group, Optional<String> topic, Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    KafkaFuture<ConsumerGroupDescription> described = session.describe(group, deadline);
    Map<TopicPartition, Long> committed = session.committed(group, deadline);
    topic.ifPresent(t -> committed.keySet().removeIf(p -> !p.topic().equals(t)));
    Optional<ConsumerGroupDescription> description = description(described, deadline);
    GroupState state =
        description.map(ConsumerGroupDescription::groupState).orElse(GroupState.DEAD);
    if (committed.isEmpty()) {
      return new LagOutcome.NoOffsets(noOffsets(group, topic, description.isPresent(), state));
    }
    Set<String> topics = topic.isPresent() ? Set.of(topic.get()) : readBy(committed, description);
    List<TopicPartition> partitions = partitions(topics, deadline);
    if (partitions.isEmpty()) {
      return new LagOutcome.NoOffsets(
          "consumer group "
              + group
              + " committed only on topics that do not exist on "
              + session.cluster()
              + ": "
              + String.join(", ", topics));
    }
    return sum(group, topic, state, committed, partitions, deadline);
  }

  private GroupLag sum(
      String group,
      Optional<String> topic,
      GroupState state,
      Map<TopicPartition, Long> committed,
      List<TopicPartition> partitions,
      Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<TopicPartition> uncommitted =
        partitions.stream().filter(p -> !committed.containsKey(p)).toList();
    Map<TopicPartition, ListOffsetsResultInfo> ends =
        session.offsets(partitions, OffsetSpec.latest(), deadline);
    Map<TopicPartition, ListOffsetsResultInfo> starts =
        session.offsets(uncommitted, OffsetSpec.earliest(), deadline);
    long lag = 0;
    Set<String> topics = new TreeSet<>();
    for (TopicPartition partition : partitions) {
      Long from = committed.get(partition);
      long start = from != null ? from : starts.get(partition).offset();
      lag += Math.max(0, ends.get(partition).offset() - start);
      topics.add(partition.topic());
    }
    return new GroupLag(
        group, topic, List.copyOf(topics), lag, partitions.size(), uncommitted.size(), state);
  }

  // All partitions of the topics that still exist (offsets committed on a deleted topic linger).
  private List<TopicPartition> partitions(Collection<String> topics, Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<TopicPartition> partitions = new ArrayList<>();
    session.partitions(topics, deadline).values().forEach(partitions::addAll);
    return partitions;
  }

  private static Optional<ConsumerGroupDescription> description(
      KafkaFuture<ConsumerGroupDescription> described, Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    try {
      return Optional.of(deadline.await(described));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return Optional.empty();
      }
      throw e;
    }
  }

  // The topics a group reads: those it committed on and those its members are assigned.
  private static Set<String> readBy(
      Map<TopicPartition, Long> committed, Optional<ConsumerGroupDescription> description) {
    Set<String> topics = new TreeSet<>();
    committed.keySet().forEach(p -> topics.add(p.topic()));
    description.ifPresent(d ->
        d.members()
            .forEach(m -> m.assignment().topicPartitions().forEach(p -> topics.add(p.topic()))));
    return topics;
  }

  private String noOffsets(String group, Optional<String> topic, boolean exists, GroupState state) {
    if (!exists || state == GroupState.DEAD) {
      return "consumer group "
          + group
          + " does not exist on "
          + session.cluster()
          + " (no committed offsets): lag cannot be measured";
    }
    return "consumer group "
        + group
        + " ("
        + state
        + ") on "
        + session.cluster()
        + " has no committed offsets"
        + topic.map(t -> " on " + t).orElse("")
        + ": lag cannot be measured";
  }
}
