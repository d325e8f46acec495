package dev.nightshift.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * The WebSocket ingestion ({@code primary_processes:websocket_ingestion}): stays connected to the
 * upstream feed and produces every update to Kafka, keyed by entity, timestamped with the event.
 *
 * <p>Usage: {@code Ingestion --feed-port N --bootstrap host:port --metrics-port N [--topic
 * entity_filtered_v1]}.
 */
public final class Ingestion {

  private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);
  private static final int FEED_READ_TIMEOUT_MILLIS = 10_000;
  private static final int FEED_CONNECT_TIMEOUT_MILLIS = 2_000;

  private final InetSocketAddress feed;
  private final String topic;
  private final KafkaProducer<String, String> producer;
  private final Metrics.Counter received;
  private final Metrics.Counter reconnections;
  private final Metrics.Counter produced;
  private final Metrics.Counter produceErrors;
  private final AtomicLong lastProduceErrorLog = new AtomicLong();

  private Ingestion(
      InetSocketAddress feed, String topic, KafkaProducer<String, String> producer, Metrics m) {
    this.feed = feed;
    this.topic = topic;
    this.producer = producer;
    this.received = m.counter("ws_messages_received_total", "Updates received from the feed.");
    this.reconnections =
        m.counter("ws_reconnection_count", "Reconnections to the feed after a disconnect.");
    this.produced = m.counter("ingestion_produced_total", "Updates acknowledged by Kafka.");
    this.produceErrors =
        m.counter("ingestion_produce_errors_total", "Updates Kafka did not acknowledge.");
  }

  /** Starts the ingestion; runs until the process is stopped. */
  public static void main(String[] argv) throws IOException {
    Log.onUncaughtException();
    Args args = Args.parse(argv, Set.of("feed-port", "bootstrap", "metrics-port", "topic"));
    String bootstrap = args.text("bootstrap", "127.0.0.1:9092");
    String topic = args.text("topic", Topics.ENTITY_TOPIC);
    Metrics metrics = new Metrics("websocket_ingestion");
    KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrap));
    Ingestion ingestion =
        new Ingestion(
            new InetSocketAddress("127.0.0.1", args.port("feed-port")), topic, producer, metrics);
    MetricsEndpoint endpoint = MetricsEndpoint.serve(args.port("metrics-port"), metrics);
    ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> {
              Log.info("shutting down");
              loop.shutdownNow();
              producer.close(Duration.ofSeconds(1));
              endpoint.close();
            }));
    Topics.ensure(bootstrap, topic);
    Log.info("ingesting from feed " + ingestion.feed + " into topic " + topic);
    loop.execute(() -> ingestion.session(loop));
  }

  private static Map<String, Object> producerConfig(String bootstrap) {
    return Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrap,
        ProducerConfig.CLIENT_ID_CONFIG,
        "websocket_ingestion",
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
        StringSerializer.class.getName(),
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
        StringSerializer.class.getName(),
        ProducerConfig.LINGER_MS_CONFIG,
        5,
        ProducerConfig.MAX_BLOCK_MS_CONFIG,
        5_000,
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
        30_000,
        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
        10_000);
  }

  // One connection to the feed, read until it ends; then the next attempt is scheduled, so a feed
  // that is down produces one warning (and one reconnection) per second.
  private void session(ScheduledExecutorService loop) {
    String reason;
    try (Socket socket = new Socket()) {
      socket.connect(feed, FEED_CONNECT_TIMEOUT_MILLIS);
      socket.setSoTimeout(FEED_READ_TIMEOUT_MILLIS);
      Log.info("WebSocket connected to upstream feed " + feed);
      var in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        received.increment();
        produce(line);
      }
      reason = "end of stream";
    } catch (IOException e) {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    Log.warn(
        "WebSocket disconnected from upstream feed ("
            + feed
            + ": "
            + reason
            + "); reconnecting in "
            + RECONNECT_DELAY.toSeconds()
            + "s");
    reconnections.increment();
    if (!loop.isShutdown()) {
      loop.schedule(() -> session(loop), RECONNECT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void produce(String line) {
    EntityUpdate update;
    try {
      update = EntityUpdate.parse(line);
    } catch (IllegalArgumentException e) {
      Log.error("Skipping a malformed update from the feed: " + e.getMessage());
      return;
    }
    var record = new ProducerRecord<>(topic, null, update.ts(), update.entity(), line);
    try {
      producer.send(record, (metadata, error) -> acknowledged(error));
    } catch (RuntimeException e) {
      acknowledged(e);
    }
  }

  private void acknowledged(@Nullable Exception error) {
    if (error == null) {
      produced.increment();
      return;
    }
    produceErrors.increment();
    long now = System.currentTimeMillis();
    long last = lastProduceErrorLog.get();
    // At 200 updates/s an unreachable Kafka would log 200 lines a second; one says enough.
    if (now - last >= 1_000 && lastProduceErrorLog.compareAndSet(last, now)) {
      Log.error("Kafka produce failed: " + error.getMessage());
    }
  }
}
