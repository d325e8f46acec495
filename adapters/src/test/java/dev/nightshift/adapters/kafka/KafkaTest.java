package dev.nightshift.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.junit.jupiter.api.Test;

/** What the facade refuses before calling a cluster, and how failures read. */
class KafkaTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final String CLUSTER = "Kafka at k1:9092,k2:9092";

  private static Kafka kafka() {
    return Kafka.connect(List.of("k1:9092", "k2:9092"), TIMEOUT, Clock.systemUTC());
  }

  @Test
  void connectingMakesNoConnectionAndNamesTheCluster() {
    try (Kafka kafka = kafka()) {
      assertThat(kafka.cluster()).isEqualTo(CLUSTER);
    }
  }

  @Test
  void rejectsBootstrapServersThatAreNotHostAndPort() {
    for (String server : List.of("k1", "k1:", "k1:0", "k1:70000", "-k:9092", "k1:9092,k2:9092")) {
      assertThatThrownBy(() -> Kafka.connect(List.of(server), TIMEOUT, Clock.systemUTC()))
          .as(server)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Kafka.connect(List.of(), TIMEOUT, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Kafka.connect(List.of("k1:9092"), Duration.ZERO, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsHostnamesAndAddresses() {
    for (String server : List.of("localhost:9092", "kafka-0.kafka.svc:9093", "[::1]:9092")) {
      Kafka.connect(List.of(server), TIMEOUT, Clock.systemUTC()).close();
    }
  }

  @Test
  void rejectsNamesKafkaWouldNotAcceptBeforeCallingIt() {
    try (Kafka kafka = kafka()) {
      assertThatThrownBy(() -> kafka.topicFreshness("bad topic", Duration.ofMinutes(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bad topic");
      assertThatThrownBy(() -> kafka.topicFreshness("..", Duration.ofMinutes(1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> kafka.consumerLag("g\n", Optional.empty(), 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> kafka.consumerLag("g", Optional.of("t/x"), 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> kafka.consumerLag("g", Optional.empty(), -1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> kafka.topicFreshness("t", Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void clusterWhoseNameDoesNotResolveIsUnknownNotAnException() {
    try (Kafka kafka =
        Kafka.connect(List.of("kafka.nightshift.invalid:9092"), TIMEOUT, Clock.systemUTC())) {
      Health health = kafka.topicFreshness("orders", Duration.ofMinutes(1));

      assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(health.reason())
          .startsWith("freshness of orders: Kafka at kafka.nightshift.invalid:9092");
    }
  }

  @Test
  void timeoutReadsAsNoAnswerWithinTheBudget() {
    Failure failure = Failure.of(new TimeoutException(), CLUSTER, TIMEOUT);

    assertThat(failure).isEqualTo(new Failure(CLUSTER + " did not answer within 5s", true));
  }

  @Test
  void refusalIsNotRetryableAndSaysWhatWasRefused() {
    Failure failure =
        Failure.of(
            new ExecutionException(new GroupAuthorizationException("Not authorized: billing")),
            CLUSTER,
            TIMEOUT);

    assertThat(failure)
        .isEqualTo(new Failure(CLUSTER + " refused the request: Not authorized: billing", false));
  }

  @Test
  void otherErrorsNameTheirKind() {
    Failure failure =
        Failure.of(new ExecutionException(new UnknownServerException("boom")), CLUSTER, TIMEOUT);

    assertThat(failure.reason()).isEqualTo(CLUSTER + " failed: UnknownServerException: boom");
    assertThat(failure.retryable()).isTrue();
  }
}
