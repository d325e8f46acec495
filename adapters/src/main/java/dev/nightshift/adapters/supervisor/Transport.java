package dev.nightshift.adapters.supervisor;

import java.io.IOException;

/**
 * Carries one XML-RPC request to supervisord's {@code /RPC2} and brings back the HTTP answer,
 * within the endpoint's timeout: over TCP (HTTP or HTTPS) or over supervisord's unix socket.
 */
interface Transport extends AutoCloseable {

  /** Throws {@link java.net.SocketTimeoutException} when no full answer came within the timeout. */
  HttpReply post(byte[] body) throws IOException;

  @Override
  void close();

  /** An HTTP status and body. */
  record HttpReply(int status, byte[] body) {
    public HttpReply {
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }
}
