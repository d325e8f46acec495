package dev.nightshift.platform;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Redis serialization protocol (RESP2), just as much of it as these programs speak. */
final class Resp {

  /** One reply: its text (an integer or bulk string as text) or, when {@code error}, the error. */
  record Reply(String text, boolean error) {}

  private static final int MAX_LINE = 64 * 1024;

  private Resp() {}

  /** Encodes one command as a RESP array of bulk strings. */
  static byte[] command(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "*" + args.size() + "\r\n");
    for (String arg : args) {
      byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
      write(out, "$" + bytes.length + "\r\n");
      out.writeBytes(bytes);
      write(out, "\r\n");
    }
    return out.toByteArray();
  }

  /**
   * Reads one reply; an array reply is read whole and reported as its element count.
   *
   * @throws EOFException when the server closed the connection first
   */
  static Reply read(InputStream in) throws IOException {
    String line = line(in);
    if (line.isEmpty()) {
      throw new IOException("empty reply line from Redis");
    }
    String rest = line.substring(1);
    return switch (line.charAt(0)) {
      case '+', ':' -> new Reply(rest, false);
      case '-' -> new Reply(rest, true);
      case '$' -> new Reply(bulk(in, Integer.parseInt(rest)), false);
      case '*' -> {
        int count = Integer.parseInt(rest);
        for (int i = 0; i < count; i++) {
          read(in);
        }
        yield new Reply(Integer.toString(count), false);
      }
      default -> throw new IOException("not a RESP reply: " + line);
    };
  }

  private static String bulk(InputStream in, int length) throws IOException {
    if (length < 0) {
      return "";
    }
    byte[] bytes = in.readNBytes(length + 2);
    if (bytes.length < length + 2) {
      throw new EOFException("Redis closed the connection mid-reply");
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); ; b = in.read()) {
      if (b < 0) {
        throw new EOFException("Redis closed the connection");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        boolean crlf = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        return new String(bytes, 0, crlf ? bytes.length - 1 : bytes.length, StandardCharsets.UTF_8);
      }
      if (line.size() >= MAX_LINE) {
        throw new IOException("reply line from Redis longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
  }

  private static void write(ByteArrayOutputStream out, String ascii) {
    out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
  }
}
