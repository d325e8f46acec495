package dev.nightshift.adapters.kafka;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.Sample;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.GroupState;

/**
 * A consumer group's measured lag, with the evidence a report shows: where it was summed, how many
 * partitions had no committed offset, and the group's state (an Empty group with lag has no
 * consumer left to shrink it).
 *
 * @param topic the topic the check was limited to, if any
 * @param topics the topics summed over, sorted
 * @param uncommitted partitions without a committed offset, counted from their earliest offset
 */
record GroupLag(
    String group,
    Optional<String> topic,
    List<String> topics,
    long lag,
    int partitions,
    int uncommitted,
    GroupState state)
    implements LagOutcome {

  private static final int TOPICS_NAMED = 3;

  GroupLag {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(topic, "topic");
    topics = List.copyOf(topics);
    Objects.requireNonNull(state, "state");
    if (lag < 0 || partitions < 1 || uncommitted < 0 || uncommitted > partitions) {
      throw new IllegalArgumentException(
          "inconsistent lag " + lag + " over " + partitions + "/" + uncommitted);
    }
  }

  @Override
  public Health health(long threshold) {
    boolean over = lag > threshold;
    String reason =
        "lag "
            + count(lag)
            + " on "
            + where()
            + (over ? " > " : " <= ")
            + count(threshold)
            + "; consumer group "
            + group
            + " is "
            + state
            + (state == GroupState.EMPTY && lag > 0 ? ": no consumer is running" : "");
    return Health.measured(over ? HealthStatus.UNHEALTHY : HealthStatus.HEALTHY, lag, reason);
  }

  @Override
  public MetricReading reading() {
    String labels = "group=" + quoted(group) + topic.map(t -> ",topic=" + quoted(t)).orElse("");
    return new MetricReading.Values(
        List.of(new Sample("kafka_consumergroup_lag{" + labels + "}", lag)));
  }

  private String where() {
    String names =
        topics.size() <= TOPICS_NAMED
            ? String.join(", ", topics)
            : String.join(", ", topics.subList(0, TOPICS_NAMED))
                + " and "
                + (topics.size() - TOPICS_NAMED)
                + " more topics";
    String spread = partitions + (partitions == 1 ? " partition" : " partitions");
    if (uncommitted > 0) {
      spread +=
          ", " + uncommitted + " without a committed offset, counted from the earliest offset";
    }
    return names + " (" + spread + ")";
  }

  /** 45000 as "45 000": lag numbers are read by people at night. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
  }

  private static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
