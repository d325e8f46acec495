package dev.nightshift.adapters.supervisor;

import dev.nightshift.adapters.supervisor.Transport.HttpReply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Just enough HTTP/1.1 to POST to supervisord over its unix socket, where the JDK's HTTP client
 * cannot go: one request per connection ({@code Connection: close}), a Content-Length, chunked or
 * until-close body.
 */
final class HttpWire {

  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  private HttpWire() {}

  static byte[] request(String path, Optional<String> authorization, byte[] body) {
    StringBuilder head =
        new StringBuilder(256)
            .append("POST ")
            .append(path)
            .append(" HTTP/1.1\r\nHost: localhost\r\nUser-Agent: nightshift\r\n")
            .append("Content-Type: text/xml\r\nContent-Length: ")
            .append(body.length)
            .append("\r\nConnection: close\r\n");
    authorization.ifPresent(a -> head.append("Authorization: ").append(a).append("\r\n"));
    head.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
    out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  /**
   * The reply once {@code received} holds all of it; empty while more is to come. {@code eof} says
   * the server closed the connection, after which a short reply is an error.
   */
  static Optional<HttpReply> reply(byte[] received, int length, boolean eof) throws IOException {
    int headerEnd = indexOf(received, length, HEADER_END, 0);
    if (headerEnd < 0) {
      return incomplete(eof, "the HTTP headers");
    }
    String[] lines =
        new String(received, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r\n", -1);
    int status = status(lines[0]);
    Map<String, String> headers = headers(lines);
    int start = headerEnd + HEADER_END.length;
    if (headers
        .getOrDefault("transfer-encoding", "")
        .toLowerCase(Locale.ROOT)
        .contains("chunked")) {
      Optional<byte[]> body = dechunk(received, start, length);
      return body.isPresent()
          ? Optional.of(new HttpReply(status, body.get()))
          : incomplete(eof, "the chunked body");
    }
    String contentLength = headers.get("content-length");
    if (contentLength == null) {
      return eof
          ? Optional.of(new HttpReply(status, Arrays.copyOfRange(received, start, length)))
          : Optional.empty();
    }
    int size = parseInt(contentLength.strip(), 10, "Content-Length");
    if (length - start < size) {
      return incomplete(eof, "the body");
    }
    return Optional.of(new HttpReply(status, Arrays.copyOfRange(received, start, start + size)));
  }

  private static Optional<HttpReply> incomplete(boolean eof, String what) throws IOException {
    if (eof) {
      throw new IOException("the connection closed before the end of " + what);
    }
    return Optional.empty();
  }

  private static int status(String statusLine) throws IOException {
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1 status line");
    }
    return parseInt(parts[1], 10, "HTTP status");
  }

  private static Map<String, String> headers(String[] lines) {
    Map<String, String> headers = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return headers;
  }

  private static Optional<byte[]> dechunk(byte[] in, int from, int length) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = from;
    while (true) {
      int lineEnd = indexOf(in, length, new byte[] {'\r', '\n'}, at);
      if (lineEnd < 0) {
        return Optional.empty();
      }
      String sizeLine = new String(in, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = parseInt(sizeLine.split(";", 2)[0].strip(), 16, "chunk size");
      if (size == 0) {
        return Optional.of(body.toByteArray());
      }
      int dataStart = lineEnd + 2;
      if (length < dataStart + size + 2) {
        return Optional.empty();
      }
      body.write(in, dataStart, size);
      at = dataStart + size + 2;
    }
  }

  private static int parseInt(String text, int radix, String what) throws IOException {
    try {
      int value = Integer.parseInt(text, radix);
      if (value < 0) {
        throw new IOException("negative " + what);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IOException("bad " + what + ": '" + text + "'", e);
    }
  }

  static int indexOf(byte[] in, int length, byte[] needle, int from) {
    outer:
    for (int i = from; i <= length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (in[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
