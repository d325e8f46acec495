package dev.nightshift.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The topic between ingestion and consumer, created by the ingestion when it is missing. */
final class Topics {

  static final String ENTITY_TOPIC = "entity_filtered_v1";
  static final int PARTITIONS = 3;
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
  private static final int ATTEMPTS = 60;

  private Topics() {}

  /**
   * Creates {@code topic} with {@value #PARTITIONS} partitions unless it exists, retrying while the
   * broker is not up yet (supervisord starts the broker and the ingestion together).
   *
   * @throws IllegalStateException after {@value #ATTEMPTS} failed attempts, so supervisord restarts
   *     the ingestion and says so
   */
  static void ensure(String bootstrap, String topic) {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis());
    try (Admin admin = Admin.create(config)) {
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          admin
              .createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1)))
              .all()
              .get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
          Log.info("created topic " + topic + " with " + PARTITIONS + " partitions");
          return;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof TopicExistsException) {
            Log.info("topic " + topic + " exists");
            return;
          }
          Log.warn(
              "creating topic " + topic + " failed (attempt " + attempt + "): " + e.getCause());
        } catch (TimeoutException e) {
          Log.warn("creating topic " + topic + " timed out (attempt " + attempt + ")");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
      }
    }
    throw new IllegalStateException("could not create topic " + topic + " on " + bootstrap);
  }
}
