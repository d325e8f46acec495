package dev.nightshift.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code tcp_connect} healthcheck against real sockets. */
class TcpProbeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Http http = Http.create(TIMEOUT);

  @Test
  void isHealthyWhenTheConnectionOpensWithTheConnectTimeAsValue() throws IOException {
    try (ServerSocket listening = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      int port = listening.getLocalPort();

      Health health = http.tcp(check("127.0.0.1", port), TIMEOUT);

      assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(health.value()).isPresent();
      assertThat(health.value().getAsDouble()).isGreaterThanOrEqualTo(0);
      assertThat(health.reason())
          .matches("tcp 127\\.0\\.0\\.1:" + port + " accepted a connection in \\d+ms");
    }
  }

  @Test
  void isUnhealthyWhenTheConnectionIsRefused() {
    int port = FreePort.next();

    Health health = http.tcp(check("127.0.0.1", port), TIMEOUT);

    assertThat(health)
        .isEqualTo(Health.unhealthy("tcp 127.0.0.1:" + port + ": connection refused"));
  }

  @Test
  void isUnhealthyWhenTheHostNameDoesNotResolve() {
    Health health = http.tcp(check("nightshift-no-such-host.invalid", 5432), TIMEOUT);

    assertThat(health)
        .isEqualTo(
            Health.unhealthy(
                "tcp nightshift-no-such-host.invalid:5432: the host name does not resolve"));
  }

  @Test
  void isUnhealthyWhenTheHostDoesNotAnswerInTime() throws IOException {
    // A listener that never accepts, its queue full: the kernel drops further SYNs unanswered.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = full.getLocalPort();
      List<Socket> queued = fillAcceptQueue(port);
      try {
        Healthcheck.TcpConnect check =
            new Healthcheck.TcpConnect("127.0.0.1", port, Optional.of(Duration.ofMillis(300)));

        Health health = http.tcp(check, TIMEOUT);

        assertThat(health)
            .isEqualTo(Health.unhealthy("tcp 127.0.0.1:" + port + ": no answer within 300ms"));
      } finally {
        for (Socket socket : queued) {
          socket.close();
        }
      }
    }
  }

  @Test
  void isUnknownForAMalformedHost() {
    Health health = http.tcp(check("redis;reboot", 6379), TIMEOUT);

    assertThat(health)
        .isEqualTo(
            Health.unknown("tcp redis;reboot:6379: 'redis;reboot' is not a host name or address"));
  }

  private static List<Socket> fillAcceptQueue(int port) throws IOException {
    List<Socket> queued = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        queued.add(socket);
      } catch (IOException e) {
        socket.close();
        return queued;
      }
    }
    throw new IllegalStateException("the accept queue of port " + port + " never filled up");
  }

  private static Healthcheck.TcpConnect check(String host, int port) {
    return new Healthcheck.TcpConnect(host, port, Optional.empty());
  }
}
