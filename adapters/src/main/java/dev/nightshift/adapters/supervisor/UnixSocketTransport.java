package dev.nightshift.adapters.supervisor;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * HTTP/1.1 to supervisord's {@code unix_http_server} socket over a non-blocking channel, so that
 * every step (connect, send, receive) is bounded by one deadline.
 */
final class UnixSocketTransport implements Transport {

  private static final int MAX_REPLY_BYTES = 16 * 1024 * 1024;

  private final UnixDomainSocketAddress address;
  private final Duration timeout;
  private final Optional<String> authorization;

  UnixSocketTransport(Path socket, Duration timeout, Optional<String> authorization) {
    this.address = UnixDomainSocketAddress.of(socket);
    this.timeout = timeout;
    this.authorization = authorization;
  }

  @Override
  public HttpReply post(byte[] body) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = Selector.open()) {
      channel.configureBlocking(false);
      SelectionKey key = channel.register(selector, 0);
      if (!channel.connect(address)) {
        while (!channel.finishConnect()) {
          await(selector, key, SelectionKey.OP_CONNECT, deadline);
        }
      }
      send(channel, selector, key, HttpWire.request("/RPC2", authorization, body), deadline);
      return receive(channel, selector, key, deadline);
    }
  }

  private void send(
      SocketChannel channel, Selector selector, SelectionKey key, byte[] request, long deadline)
      throws IOException {
    ByteBuffer out = ByteBuffer.wrap(request);
    while (out.hasRemaining()) {
      if (channel.write(out) == 0) {
        await(selector, key, SelectionKey.OP_WRITE, deadline);
      }
    }
  }

  private HttpReply receive(
      SocketChannel channel, Selector selector, SelectionKey key, long deadline)
      throws IOException {
    byte[] received = new byte[8192];
    int length = 0;
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    while (true) {
      chunk.clear();
      int read = channel.read(chunk);
      if (read == 0) {
        await(selector, key, SelectionKey.OP_READ, deadline);
        continue;
      }
      if (read > 0) {
        if (length + read > MAX_REPLY_BYTES) {
          throw new IOException("the answer is larger than " + MAX_REPLY_BYTES + " bytes");
        }
        if (length + read > received.length) {
          received = Arrays.copyOf(received, Math.max(received.length * 2, length + read));
        }
        System.arraycopy(chunk.array(), 0, received, length, read);
        length += read;
      }
      Optional<HttpReply> reply = HttpWire.reply(received, length, read < 0);
      if (reply.isPresent()) {
        return reply.get();
      }
    }
  }

  private void await(Selector selector, SelectionKey key, int operation, long deadline)
      throws IOException {
    key.interestOps(operation);
    long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
    if (remainingMillis <= 0 || selector.select(remainingMillis) == 0) {
      if (deadline - System.nanoTime() <= 0) {
        throw new SocketTimeoutException("no answer within " + timeout);
      }
    }
    selector.selectedKeys().clear();
  }

  @Override
  public void close() {
    // one connection per call: nothing is kept open between calls
  }
}
