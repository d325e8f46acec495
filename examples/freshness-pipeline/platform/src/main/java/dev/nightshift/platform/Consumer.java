package dev.nightshift.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The Kafka→Redis consumer ({@code primary_processes:kafka_to_redis_entity}): group {@value #GROUP}
 * reads the entity topic and writes every update to Redis through its own bounded pool, committing
 * offsets only after Redis took the write.
 *
 * <p>Usage: {@code Consumer --bootstrap host:port --redis-port N --metrics-port N [--topic
 * entity_filtered_v1] [--pool-size 4] [--max-lifetime-ms 5000]}.
 */
public final class Consumer {

  static final String GROUP = "redis-writer-entity";
  static final String NAME = "kafka_to_redis_entity";
  private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(1);

  private Consumer() {}

  /** Starts the consumer; runs until SIGTERM, then closes cleanly. */
  public static void main(String[] argv) throws IOException, InterruptedException {
    Log.onUncaughtException();
    Args args =
        Args.parse(
            argv,
            Set.of(
                "bootstrap",
                "redis-port",
                "metrics-port",
                "topic",
                "pool-size",
                "max-lifetime-ms"));
    String topic = args.text("topic", Topics.ENTITY_TOPIC);
    InetSocketAddress redis = new InetSocketAddress("127.0.0.1", args.port("redis-port"));
    Clock clock = Clock.systemUTC();
    RedisPool<RedisConnection> pool =
        new RedisPool<>(
            () -> RedisConnection.open(redis, REDIS_TIMEOUT, NAME, clock.instant()),
            args.number("pool-size", 4, 1, 64),
            args.millis("max-lifetime-ms", 5_000),
            BORROW_TIMEOUT,
            clock);
    Metrics metrics = new Metrics(NAME);
    AtomicLong lastWrite = new AtomicLong(-1);
    metrics.gauge(
        "entity_last_write_timestamp_seconds",
        "Event time of the newest update written to Redis.",
        () -> lastWrite.get() < 0 ? Double.NaN : lastWrite.get() / 1000.0);
    metrics.gauge(
        "entity_data_freshness_seconds",
        "Age of the newest update in Redis: now minus its event time.",
        () -> lastWrite.get() < 0 ? Double.NaN : (clock.millis() - lastWrite.get()) / 1000.0);
    metrics.gauge("redis_pool_connections", "Open connections in the Redis pool.", pool::size);
    KafkaConsumer<String, String> kafka =
        new KafkaConsumer<>(consumerConfig(args.text("bootstrap", "127.0.0.1:9092")));
    ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    ConsumerLoop loop =
        new ConsumerLoop(kafka, topic, new EntityWriter(pool), writers, metrics, lastWrite);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              Log.info("shutting down");
              kafka.wakeup();
              awaitQuietly(stopped);
            }));
    MetricsEndpoint endpoint = MetricsEndpoint.serve(args.port("metrics-port"), metrics);
    try {
      Log.info("consuming " + topic + " as group " + GROUP + " into Redis " + redis);
      loop.run();
    } catch (WakeupException e) {
      // SIGTERM: the shutdown hook woke the poll loop.
    } finally {
      endpoint.close();
      kafka.close(CloseOptions.timeout(Duration.ofSeconds(1)));
      writers.shutdownNow();
      pool.close();
      Log.info("stopped");
      stopped.countDown();
    }
  }

  // Static membership (group.instance.id): a restarted consumer takes over its partitions at once
  // instead of waiting for the killed one's session to expire, which is what a restart after a hang
  // needs. A short session lets the group notice a hung consumer soon.
  private static Map<String, Object> consumerConfig(String bootstrap) {
    return Map.ofEntries(
        Map.entry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        Map.entry(ConsumerConfig.GROUP_ID_CONFIG, GROUP),
        Map.entry(ConsumerConfig.CLIENT_ID_CONFIG, NAME),
        Map.entry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, NAME),
        Map.entry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000),
        Map.entry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000),
        Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        Map.entry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
        Map.entry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()),
        Map.entry(
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
  }

  private static void awaitQuietly(CountDownLatch stopped) {
    try {
      stopped.await(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
