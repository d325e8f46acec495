package dev.nightshift.adapters.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way of not getting an answer from supervisord is a failure value, within the timeout. */
class SupervisordFailuresTest {

  // Short, for the servers that never answer; a server that does answer gets ample time, so that a
  // loaded machine does not turn its answer into a timeout.
  private static final Duration TIMEOUT = Duration.ofMillis(400);
  private static final Duration ANSWERING = Duration.ofSeconds(10);
  private static final String SECRET = "hunter2-do-not-print";

  @TempDir Path dir;

  @Test
  void aServerThatNeverAnswersIsUnknownWithinTheTimeout() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Supervisord supervisord = impatient("http://127.0.0.1:" + silent.getLocalPort())) {
      long start = System.nanoTime();
      Health health = state(supervisord);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(health.reason())
          .isEqualTo(
              "supervisord at http://127.0.0.1:"
                  + silent.getLocalPort()
                  + "/RPC2 did not answer supervisor.getProcessInfo within 400ms");
    }
  }

  @Test
  void aUnixSocketThatNeverAnswersIsUnknownWithinTheTimeout() throws IOException {
    Path socket = dir.resolve("silent.sock");
    try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      silent.bind(UnixDomainSocketAddress.of(socket), 50);
      try (Supervisord supervisord = impatient("unix://" + socket)) {
        long start = System.nanoTime();
        ExecutionResult result = supervisord.restart("primary:sleeper");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(result)
            .isEqualTo(
                new ExecutionResult.Failed(
                    "supervisord at unix://"
                        + socket
                        + " did not answer supervisor.signalProcess within 400ms",
                    true));
      }
    }
  }

  @Test
  void nobodyListeningIsUnknownAndRetryable() {
    int port = FreePort.next();
    try (Supervisord supervisord = connect("http://127.0.0.1:" + port + "/RPC2")) {
      assertThat(state(supervisord).reason()).contains("refused the connection");
      assertThat(supervisord.info("primary:sleeper"))
          .isInstanceOfSatisfying(
              Lookup.Unreachable.class, u -> assertThat(u.retryable()).isTrue());
    }
    try (Supervisord supervisord = connect("unix://" + dir.resolve("missing.sock"))) {
      assertThat(state(supervisord))
          .satisfies(h -> assertThat(h.status()).isEqualTo(HealthStatus.UNKNOWN))
          .satisfies(h -> assertThat(h.reason()).startsWith("cannot reach supervisord at unix://"));
    }
  }

  @Test
  void anAnswerWithADtdIsRefusedNotParsed() throws IOException {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<methodResponse><params><param><value><string>&x;</string></value></param>"
            + "</params></methodResponse>";
    try (Served served = serve(200, xxe);
        Supervisord supervisord = connect(served.url())) {
      Health health = state(supervisord);

      assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(health.reason()).contains("sent an unreadable answer").doesNotContain("root:");
    }
  }

  @Test
  void refusedCredentialsNeverShowThePassword() throws IOException {
    try (Served served = serve(401, "Unauthorized");
        Supervisord supervisord =
            Supervisord.connect(
                new Endpoint(
                    URI.create(served.url()),
                    ANSWERING,
                    Optional.of("nightshift"),
                    Optional.of(SECRET)))) {
      assertThat(state(supervisord).reason())
          .contains("refused the credentials (HTTP 401)")
          .doesNotContain(SECRET);
      assertThat(supervisord.restart("primary:sleeper"))
          .isInstanceOfSatisfying(
              ExecutionResult.Failed.class,
              f -> assertThat(f.detail()).doesNotContain(SECRET).contains("401"));
    }
  }

  @Test
  void anUnsafeNameIsRefusedBeforeAnyCall() {
    try (Supervisord supervisord = connect("http://127.0.0.1:" + FreePort.next())) {
      for (String name : java.util.List.of("primary:*", "primary:", "a; reboot")) {
        assertThat(supervisord.restart(name))
            .isInstanceOfSatisfying(
                ExecutionResult.Failed.class,
                f -> {
                  assertThat(f.retryable()).isFalse();
                  assertThat(f.detail()).startsWith("refused supervisord process name");
                });
      }
      assertThat(supervisord.restartGroup("a:b"))
          .isInstanceOfSatisfying(
              ExecutionResult.Failed.class,
              f -> assertThat(f.detail()).startsWith("refused supervisord group name"));
    }
  }

  @Test
  void onlyHttpAndUnixSocketsAreEndpoints() {
    assertThatThrownBy(() -> connect("ftp://host/RPC2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http://, https:// or unix://");
    assertThatThrownBy(() -> connect("unix:relative.sock"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Health state(Supervisord supervisord) {
    return supervisord.state(Optional.of("primary"), Optional.of("sleeper"), Set.of("RUNNING"));
  }

  private static Supervisord impatient(String url) {
    return Supervisord.connect(Endpoint.of(URI.create(url), TIMEOUT));
  }

  private static Supervisord connect(String url) {
    return Supervisord.connect(Endpoint.of(URI.create(url), ANSWERING));
  }

  private static Served serve(int status, String body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/RPC2",
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    return new Served(server);
  }

  private record Served(HttpServer server) implements AutoCloseable {
    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/RPC2";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
