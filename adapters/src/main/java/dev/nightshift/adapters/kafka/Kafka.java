package dev.nightshift.adapters.kafka;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.MetricReading;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.common.KafkaException;

/**
 * One Kafka cluster as the agent sees it: consumer-group lag and topic freshness, read with the
 * AdminClient (the agent never joins a group). Every call is bounded by the timeout; an
 * unreachable, slow or refusing cluster is an {@code unknown} health naming its bootstrap servers,
 * never a healthy one and never an exception.
 */
public final class Kafka implements AutoCloseable {

  private final AdminSession session;
  private final ConsumerLagCheck lag;
  private final TopicFreshnessCheck freshness;

  private Kafka(AdminSession session, Clock clock) {
    this.session = session;
    this.lag = new ConsumerLagCheck(session);
    this.freshness = new TopicFreshnessCheck(session, clock);
  }

  /**
   * A client for the cluster at {@code bootstrapServers} ({@code host:port} each). No connection is
   * made yet: the first check connects, so a cluster that is down at start-up is a failed check.
   *
   * @param timeout the most any one check may take, every call to the cluster included
   * @param clock what "now" is when the age of a topic's newest record is measured
   */
  public static Kafka connect(List<String> bootstrapServers, Duration timeout, Clock clock) {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    if (bootstrapServers.isEmpty()) {
      throw new IllegalArgumentException("a Kafka cluster needs at least one bootstrap server");
    }
    bootstrapServers.forEach(Names::server);
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.toMillis() < 1) {
      throw new IllegalArgumentException("timeout must be at least 1ms: " + timeout);
    }
    Objects.requireNonNull(clock, "clock");
    QuietLogs.kafkaClients();
    return new Kafka(new AdminSession(bootstrapServers, timeout), clock);
  }

  /**
   * The {@code consumer_lag} healthcheck: the group's total lag (end offsets minus committed
   * offsets, over every partition of the topic, or of every topic the group reads) must be at most
   * {@code lagThreshold}. The value is the lag; the reason names the group's state as evidence. A
   * group that does not exist or committed nothing there is {@code unknown}.
   */
  public Health consumerLag(String group, Optional<String> topic, long lagThreshold) {
    validate(group, topic);
    if (lagThreshold < 0) {
      throw new IllegalArgumentException("lag threshold must be >= 0: " + lagThreshold);
    }
    return guarded(
        d -> lag.measure(group, topic, d).health(lagThreshold),
        failure -> Health.unknown("consumer lag of " + group + ": " + failure.reason()));
  }

  /** The group's lag as an SLI reading ({@code kafka_consumergroup_lag{group,topic}}). */
  public MetricReading lag(String group, Optional<String> topic) {
    validate(group, topic);
    return guarded(
        d -> lag.measure(group, topic, d).reading(),
        failure ->
            new MetricReading.Unavailable(
                "consumer lag of " + group + ": " + failure.reason(), failure.retryable()));
  }

  /**
   * The {@code topic_freshness} healthcheck: the newest record on {@code topic} must be at most
   * {@code maxAge} old. The value is the age in seconds. A topic with no records, or one the
   * cluster does not know, is unhealthy (the cluster answered: no data is flowing there); a cluster
   * that does not answer is unknown.
   */
  public Health topicFreshness(String topic, Duration maxAge) {
    Names.topic(topic);
    Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isZero() || maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
    }
    return guarded(
        d -> freshness.check(topic, maxAge, d),
        failure -> Health.unknown("freshness of " + topic + ": " + failure.reason()));
  }

  /** The bootstrap servers, as reasons name the cluster: {@code Kafka at host:port,...}. */
  public String cluster() {
    return session.cluster();
  }

  @Override
  public void close() {
    session.close();
  }

  private static void validate(String group, Optional<String> topic) {
    Names.group(Objects.requireNonNull(group, "group"));
    Objects.requireNonNull(topic, "topic").ifPresent(Names::topic);
  }

  private <T> T guarded(Call<T> call, Function<Failure, T> failed) {
    try {
      return call.run(Deadline.after(session.timeout()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed.apply(Failure.of(e, session.cluster(), session.timeout()));
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      return failed.apply(Failure.of(e, session.cluster(), session.timeout()));
    }
  }

  @FunctionalInterface
  private interface Call<T> {
    T run(Deadline deadline) throws ExecutionException, InterruptedException, TimeoutException;
  }
}
