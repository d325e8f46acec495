package dev.nightshift.adapters.supervisor;

import dev.nightshift.adapters.supervisor.Transport.HttpReply;
import dev.nightshift.core.measure.Durations;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One supervisord XML-RPC endpoint: every call returns a {@link Reply}, transport and protocol
 * errors included, so callers never see an exception from the wire.
 */
final class SupervisordRpc implements AutoCloseable {

  private final Transport transport;
  private final String source;
  private final Duration timeout;

  /**
   * @param source how reports name the server, e.g. "supervisord at http://127.0.0.1:9001/RPC2"
   */
  SupervisordRpc(Transport transport, String source, Duration timeout) {
    this.transport = transport;
    this.source = source;
    this.timeout = timeout;
  }

  String source() {
    return source;
  }

  Reply call(String method, Object... params) {
    byte[] request = XmlRpcWriter.call(method, List.of(params));
    try {
      return answer(method, transport.post(request));
    } catch (SocketTimeoutException | HttpTimeoutException e) {
      return new Reply.Unreachable(
          source
              + " did not answer "
              + method
              + " within "
              + Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS)),
          true);
    } catch (ConnectException e) {
      return new Reply.Unreachable(
          source + " refused the connection (is supervisord running?)", true);
    } catch (IOException e) {
      return new Reply.Unreachable(
          "cannot reach " + source + " for " + method + ": " + describe(e), true);
    }
  }

  private Reply answer(String method, HttpReply reply) {
    if (reply.status() == 401) {
      return new Reply.Unreachable(
          source + " refused the credentials (HTTP 401): check the username and password", false);
    }
    if (reply.status() != 200) {
      return new Reply.Unreachable(
          source + " answered " + method + " with HTTP " + reply.status(), reply.status() >= 500);
    }
    try {
      return switch (XmlRpcReader.response(reply.body())) {
        case XmlRpcResponse.Value v -> new Reply.Ok(v.value());
        case XmlRpcResponse.Fault f -> new Reply.Faulted(SupervisorFault.of(f.code()), f.message());
      };
    } catch (XmlRpcException e) {
      return new Reply.Unreachable(
          source + " sent an unreadable answer to " + method + ": " + e.getMessage(), false);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    transport.close();
  }
}
