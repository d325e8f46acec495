package dev.nightshift.adapters.http;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Opens (and closes) one TCP connection within a deadline that covers the name lookup too, which
 * the socket's own connect timeout does not.
 */
final class TcpProbe {

  private static final Pattern HOST =
      Pattern.compile(
          "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?|\\[?[0-9A-Fa-f:.]+(?:%[A-Za-z0-9]+)?]?");

  private TcpProbe() {}

  static Health connect(String host, int port, Duration timeout) {
    String where = "tcp " + host + ":" + port;
    if (!HOST.matcher(host).matches()) {
      return Health.unknown(where + ": '" + host + "' is not a host name or address");
    }
    CompletableFuture<Health> result = new CompletableFuture<>();
    Thread.ofVirtual()
        .name("tcp-probe")
        .start(() -> {
          try {
            result.complete(attempt(where, host, port, timeout));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return noAnswer(where, timeout);
    } catch (ExecutionException e) {
      return Health.unknown(where + ": the probe failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown(where + ": interrupted");
    }
  }

  private static Health attempt(String where, String host, int port, Duration timeout) {
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      InetAddress address = InetAddress.getByName(stripBrackets(host));
      long left = Math.max(1, timeout.toMillis() - (System.nanoTime() - start) / 1_000_000);
      socket.connect(new InetSocketAddress(address, port), (int) Math.min(left, Integer.MAX_VALUE));
      double millis = (System.nanoTime() - start) / 1e6;
      return Health.measured(
          HealthStatus.HEALTHY,
          millis,
          where + " accepted a connection in " + Math.round(millis) + "ms");
    } catch (UnknownHostException e) {
      return Health.unhealthy(where + ": the host name does not resolve");
    } catch (ConnectException e) {
      return Health.unhealthy(where + ": " + message(e, "connection refused"));
    } catch (SocketTimeoutException e) {
      return noAnswer(where, timeout);
    } catch (IOException e) {
      return Health.unhealthy(where + ": " + message(e, e.getClass().getSimpleName()));
    }
  }

  private static Health noAnswer(String where, Duration timeout) {
    return Health.unhealthy(where + ": no answer within " + Exchange.format(timeout));
  }

  private static String message(IOException e, String fallback) {
    return e.getMessage() == null ? fallback : e.getMessage().toLowerCase(Locale.ROOT);
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
