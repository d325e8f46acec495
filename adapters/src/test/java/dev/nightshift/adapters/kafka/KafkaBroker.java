package dev.nightshift.adapters.kafka;

import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.adapters.testing.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) for tests, run from the
 * Maven artifacts in its own JVM so that stopping it is a real outage. Its log is {@code
 * dir/kafka.log}.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final ServerProcess process;
  private final int port;
  private final Duration startup;

  private KafkaBroker(ServerProcess process, int port, Duration startup) {
    this.process = process;
    this.port = port;
    this.startup = startup;
  }

  /** Starts a broker with its data under {@code dir} and waits until it serves clients. */
  public static KafkaBroker start(Path dir) {
    long started = System.nanoTime();
    int port = FreePort.next();
    int controllerPort = FreePort.next();
    Path config = writeConfig(dir, port, controllerPort);
    // The broker opens its client port only once it is unfenced and serves requests.
    ServerProcess process =
        ServerProcess.start("kafka", command(config), dir).awaitPort(port, START_TIMEOUT);
    Duration startup = Duration.ofNanos(System.nanoTime() - started);
    // Start-up time is this fixture's cost to every test class that uses it: keep it in sight.
    System.out.printf("Kafka broker %s ready in %d ms%n", "127.0.0.1:" + port, startup.toMillis());
    return new KafkaBroker(process, port, startup);
  }

  /** The {@code bootstrap.servers} value: {@code 127.0.0.1:<port>}. */
  public String bootstrap() {
    return "127.0.0.1:" + port;
  }

  /** How long {@link #start} took, formatting included. */
  public Duration startup() {
    return startup;
  }

  public ServerProcess process() {
    return process;
  }

  /** Stops the broker (SIGTERM, then SIGKILL after a grace period). */
  @Override
  public void close() {
    process.close();
  }

  private static Path writeConfig(Path dir, int port, int controllerPort) {
    Map<String, String> properties =
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
            Map.entry("log.dirs", dir.resolve("data").toString()),
            Map.entry("num.partitions", "1"),
            Map.entry("auto.create.topics.enable", "false"),
            // One replica of everything, and few internal partitions: start-up time is the cost.
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "1"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"));
    StringBuilder text = new StringBuilder();
    properties.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Path config = dir.resolve("server.properties");
    try {
      Files.writeString(config, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return config;
  }

  private static List<String> command(Path config) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java,
        "-Xmx512m",
        "-XX:+UseSerialGC",
        // The broker lives for one test class: quick start-up beats peak throughput.
        "-XX:TieredStopAtLevel=1",
        "-Djava.awt.headless=true",
        "-Dorg.slf4j.simpleLogger.showDateTime=true",
        "-cp",
        System.getProperty("java.class.path"),
        FormatAndServe.class.getName(),
        config.toString());
  }

  /**
   * The broker JVM's entry point: {@code kafka-storage format} then {@code kafka-server-start}, in
   * one JVM so that the Kafka classes are loaded once.
   */
  public static final class FormatAndServe {

    private FormatAndServe() {}

    public static void main(String[] args) {
      String config = args[0];
      String[] format = {
        "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config
      };
      int exit = kafka.tools.StorageTool.execute(format, System.out);
      if (exit != 0) {
        System.exit(exit);
      }
      kafka.Kafka.main(new String[] {config});
    }
  }
}
