package dev.nightshift.adapters.redis;

import dev.nightshift.adapters.net.Endpoint;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one connection the agent keeps to a Redis instance. It is opened on first use (Redis may be
 * down when the agent starts) and then kept: Lettuce reconnects it when it drops, and while it is
 * down commands fail at once instead of queueing, so a probe says "unknown" without waiting.
 */
final class RedisLink implements AutoCloseable {

  /** Shown in CLIENT LIST so that operators see which connection is the agent's. */
  static final String CLIENT_NAME = "nightshift";

  private static final Delay RECONNECT_DELAY =
      Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS);

  private final RedisAddress address;
  private final Optional<String> secret;
  private final Duration timeout;
  private final ClientResources resources;
  private final RedisClient client;
  private @Nullable StatefulRedisConnection<String, String> connection;
  private boolean closed;

  RedisLink(RedisAddress address, Endpoint endpoint) {
    this.address = address;
    this.secret = endpoint.password();
    this.timeout = endpoint.timeout();
    this.resources =
        DefaultClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(2)
            .reconnectDelay(RECONNECT_DELAY)
            .build();
    this.client = RedisClient.create(resources, uri(address, endpoint));
    client.setOptions(options(endpoint.timeout()));
  }

  RedisAddress address() {
    return address;
  }

  /** Runs one call on the kept connection; {@code what} names it in reasons ("PING"). */
  <T> Reply<T> call(String what, Function<RedisCommands<String, String>, T> command) {
    StatefulRedisConnection<String, String> open;
    try {
      open = connection();
    } catch (RuntimeException e) {
      return RedisErrors.ofConnect(e, address, secret);
    }
    try {
      T value = command.apply(open.sync());
      if (value == null) {
        return new Reply.NoAnswer<>(address + " gave no value for " + what);
      }
      return new Reply.Answered<>(value);
    } catch (RuntimeException e) {
      return RedisErrors.ofCommand(e, address, what, secret);
    }
  }

  private synchronized StatefulRedisConnection<String, String> connection() {
    if (closed) {
      throw new IllegalStateException("the agent closed its connection");
    }
    if (connection == null) {
      // Bounded by the connect and command timeouts set in the options.
      connection = client.connect(StringCodec.UTF8);
    }
    return connection;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (connection != null) {
      connection.close();
    }
    client.shutdown(Duration.ZERO, timeout);
    resources
        .shutdown(0, timeout.toMillis(), TimeUnit.MILLISECONDS)
        .awaitUninterruptibly(timeout.toMillis());
  }

  private static RedisURI uri(RedisAddress address, Endpoint endpoint) {
    RedisURI.Builder uri =
        RedisURI.builder()
            .withHost(address.host())
            .withPort(address.port())
            .withSsl(address.tls())
            .withDatabase(address.database())
            .withTimeout(endpoint.timeout())
            .withClientName(CLIENT_NAME);
    Optional<String> password = endpoint.password();
    if (endpoint.username().isPresent()) {
      uri.withAuthentication(endpoint.username().get(), password.orElse(""));
    } else {
      password.ifPresent(uri::withPassword);
    }
    return uri.build();
  }

  private static ClientOptions options(Duration timeout) {
    return ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        // RESP2 speaks to every Redis still in service; the agent needs nothing from RESP3.
        .protocolVersion(ProtocolVersion.RESP2)
        .socketOptions(SocketOptions.builder().connectTimeout(timeout).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.enabled(timeout))
        .build();
  }
}
