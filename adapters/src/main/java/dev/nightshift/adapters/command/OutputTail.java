package dev.nightshift.adapters.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The last bytes a process printed: a chatty program is read to the end, so it never blocks on a
 * full pipe, but only its tail is kept, since the end of the output is where the error is.
 */
final class OutputTail {

  static final int CAPACITY = 8 * 1024;

  private final byte[] ring = new byte[CAPACITY];
  private long total;

  /** Reads {@code in} to its end; an I/O error ends the reading, keeping what arrived. */
  void drain(InputStream in) {
    byte[] chunk = new byte[CAPACITY];
    try (in) {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        append(chunk, n);
      }
    } catch (IOException e) {
      // The stream closes under us when the process is killed; the tail so far is the evidence.
    }
  }

  synchronized void append(byte[] chunk, int length) {
    for (int i = 0; i < length; i++) {
      ring[(int) (total++ % CAPACITY)] = chunk[i];
    }
  }

  /** The kept output, trimmed, saying how much was dropped before it. */
  synchronized String text() {
    int kept = (int) Math.min(total, CAPACITY);
    byte[] bytes = new byte[kept];
    long start = total - kept;
    for (int i = 0; i < kept; i++) {
      bytes[i] = ring[(int) ((start + i) % CAPACITY)];
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    return start == 0 ? text : "[" + start + " bytes omitted] " + text;
  }
}
