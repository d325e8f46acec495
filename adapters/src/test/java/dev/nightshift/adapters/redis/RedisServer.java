package dev.nightshift.adapters.redis;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.adapters.testing.Programs;
import dev.nightshift.adapters.testing.ServerProcess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A real redis-server on a free port in a test's directory, which a test may stop and restart. */
final class RedisServer implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final Path dir;
  private final int port;
  private final List<String> argv;
  private ServerProcess process;

  private RedisServer(Path dir, int port, List<String> argv) {
    this.dir = dir;
    this.port = port;
    this.argv = argv;
  }

  /**
   * Starts redis-server with the test defaults (no persistence, maxclients 40) plus {@code extra}.
   */
  static RedisServer start(Path dir, String... extra) {
    return startOn(dir, FreePort.next(), extra);
  }

  static RedisServer startOn(Path dir, int port, String... extra) {
    List<String> argv = new ArrayList<>();
    argv.add(Programs.require("redis-server").toString());
    argv.addAll(
        List.of(
            "--port",
            String.valueOf(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--maxclients",
            "40",
            "--dir",
            dir.toString()));
    argv.addAll(List.of(extra));
    RedisServer server = new RedisServer(dir, port, List.copyOf(argv));
    server.restart();
    return server;
  }

  /** An endpoint at a port nobody listens on, for a Redis that is down when the agent starts. */
  static Endpoint nobodyAt(int port) {
    return Endpoint.of(URI.create("redis://127.0.0.1:" + port), Duration.ofSeconds(1));
  }

  int port() {
    return port;
  }

  Endpoint endpoint(Duration timeout) {
    return Endpoint.of(url(), timeout);
  }

  Endpoint endpoint() {
    return endpoint(Duration.ofSeconds(2));
  }

  Endpoint endpoint(Optional<String> username, String password) {
    return new Endpoint(url(), Duration.ofSeconds(2), username, Optional.of(password));
  }

  URI url() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  void stop() {
    process.close();
  }

  void restart() {
    process = ServerProcess.start("redis", argv, dir).awaitPort(port, START_TIMEOUT);
  }

  @Override
  public void close() {
    stop();
  }
}
