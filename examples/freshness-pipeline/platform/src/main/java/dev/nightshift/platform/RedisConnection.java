package dev.nightshift.platform;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One plain TCP connection to Redis that sends pipelined commands and reads their replies. */
final class RedisConnection implements RedisPool.Pooled {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final Instant openedAt;

  private RedisConnection(Socket socket, Instant openedAt) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = new BufferedOutputStream(socket.getOutputStream());
    this.openedAt = openedAt;
  }

  /**
   * Connects and proves the connection is a real client by naming it: a Redis at {@code maxclients}
   * accepts the TCP connection, then answers {@code ERR max number of clients reached} and closes
   * it.
   *
   * @throws RedisException of kind {@link RedisException.Kind#POOL_EXHAUSTED} with Redis's reason
   */
  static RedisConnection open(InetSocketAddress redis, Duration timeout, String name, Instant now)
      throws RedisException {
    Socket socket = new Socket();
    try {
      socket.connect(redis, (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      socket.setTcpNoDelay(true);
      RedisConnection connection = new RedisConnection(socket, now);
      Resp.Reply reply = connection.execute(List.of(List.of("CLIENT", "SETNAME", name))).get(0);
      if (reply.error()) {
        throw new IOException(reply.text());
      }
      return connection;
    } catch (IOException e) {
      closeQuietly(socket);
      throw new RedisException(RedisException.Kind.POOL_EXHAUSTED, describe(e), e);
    }
  }

  /** Sends every command, then reads one reply per command, in order. */
  List<Resp.Reply> execute(List<List<String>> commands) throws IOException {
    for (List<String> command : commands) {
      out.write(Resp.command(command));
    }
    out.flush();
    List<Resp.Reply> replies = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      replies.add(Resp.read(in));
    }
    return replies;
  }

  @Override
  public Instant openedAt() {
    return openedAt;
  }

  @Override
  public void close() {
    closeQuietly(socket);
  }

  static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing to do: the connection is being thrown away either way.
    }
  }
}
