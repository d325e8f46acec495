package dev.nightshift.adapters.redis;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare Redis client over a plain socket for the tests: it plays the applications that fill a
 * Redis up, and sets the server up without going through the adapter under test. Replies come back
 * as String (simple and bulk), Long, List, or "-ERR ..." for errors.
 */
final class RespSocket implements AutoCloseable {

  private static final int TIMEOUT_MILLIS = 5_000;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  private RespSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream());
  }

  static RespSocket open(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    return new RespSocket(socket);
  }

  /** Opens a connection, runs one command and closes it. */
  static Object once(int port, String... argv) {
    try (RespSocket redis = open(port)) {
      return redis.send(argv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object send(String... argv) throws IOException {
    write(argv);
    return read();
  }

  /** Sends without waiting for the reply (for a command that blocks the server). */
  void write(String... argv) throws IOException {
    StringBuilder command = new StringBuilder("*").append(argv.length).append("\r\n");
    for (String arg : argv) {
      int length = arg.getBytes(StandardCharsets.UTF_8).length;
      command.append('$').append(length).append("\r\n").append(arg).append("\r\n");
    }
    out.write(command.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  Object read() throws IOException {
    String line = line();
    char type = line.charAt(0);
    String rest = line.substring(1);
    return switch (type) {
      case '+' -> rest;
      case '-' -> line;
      case ':' -> Long.parseLong(rest);
      case '$' -> bulk(Integer.parseInt(rest));
      case '*' -> array(Integer.parseInt(rest));
      default -> throw new IOException("not a RESP reply: " + line);
    };
  }

  private Object bulk(int length) throws IOException {
    if (length < 0) {
      return "(nil)";
    }
    byte[] data = in.readNBytes(length + 2);
    return new String(data, 0, length, StandardCharsets.UTF_8);
  }

  private List<Object> array(int size) throws IOException {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      items.add(read());
    }
    return items;
  }

  private String line() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        throw new IOException("connection closed by the server");
      }
      bytes.write(b);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
