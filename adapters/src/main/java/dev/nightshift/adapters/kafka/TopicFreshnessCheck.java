package dev.nightshift.adapters.kafka;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * How old the newest record on a topic is, from the largest record timestamp of each partition
 * (KIP-734, {@code OffsetSpec.maxTimestamp()}): no consumer, no reading of records. A topic without
 * records, or one the cluster does not know, is unhealthy: the cluster answered, and no data is
 * flowing into it.
 */
final class TopicFreshnessCheck {

  private final AdminSession session;
  private final Clock clock;

  TopicFreshnessCheck(AdminSession session, Clock clock) {
    this.session = session;
    this.clock = clock;
  }

  Health check(String topic, Duration maxAge, Deadline deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<TopicPartition> partitions = session.partitions(List.of(topic), deadline).get(topic);
    if (partitions == null) {
      return Health.unhealthy("topic " + topic + " does not exist on " + session.cluster());
    }
    Map<TopicPartition, ListOffsetsResultInfo> newest =
        session.offsets(partitions, OffsetSpec.maxTimestamp(), deadline);
    // An empty partition answers offset -1 and timestamp -1.
    OptionalLong newestMillis =
        newest.values().stream()
            .filter(r -> r.offset() >= 0 && r.timestamp() >= 0)
            .mapToLong(ListOffsetsResultInfo::timestamp)
            .max();
    String spread =
        " (" + partitions.size() + (partitions.size() == 1 ? " partition)" : " partitions)");
    if (newestMillis.isEmpty()) {
      return Health.unhealthy("topic " + topic + " has no records" + spread);
    }
    Instant stamped = Instant.ofEpochMilli(newestMillis.getAsLong());
    // A producer's clock ahead of ours stamps records in the future: that is fresh, not negative.
    Duration age = Duration.between(stamped, clock.instant());
    age = age.isNegative() ? Duration.ZERO : age.truncatedTo(ChronoUnit.MILLIS);
    boolean stale = age.compareTo(maxAge) > 0;
    String reason =
        "newest record on "
            + topic
            + spread
            + " is "
            + Durations.format(age.truncatedTo(ChronoUnit.SECONDS))
            + " old"
            + (stale ? " > " : " <= ")
            + Durations.format(maxAge.truncatedTo(ChronoUnit.MILLIS))
            + " (stamped "
            + stamped
            + ")";
    return Health.measured(
        stale ? HealthStatus.UNHEALTHY : HealthStatus.HEALTHY, age.toMillis() / 1000.0, reason);
  }
}
