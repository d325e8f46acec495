package dev.nightshift.adapters.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The last bytes of a response body: a large body is read to its end, since the exchange only ends
 * then, but only its tail is kept for the report and the {@code bodyContains} check.
 */
final class BodyTail {

  private final byte[] ring;
  private long total;

  BodyTail(int capacity) {
    ring = new byte[capacity];
  }

  /** Takes one chunk as the client delivers it; empty marks the end of the body. */
  synchronized void accept(Optional<byte[]> chunk) {
    chunk.ifPresent(bytes -> {
      for (byte b : bytes) {
        ring[(int) (total++ % ring.length)] = b;
      }
    });
  }

  /** The kept body, trimmed, saying how much was dropped before it. */
  synchronized String text() {
    int kept = (int) Math.min(total, ring.length);
    byte[] bytes = new byte[kept];
    long start = total - kept;
    for (int i = 0; i < kept; i++) {
      bytes[i] = ring[(int) ((start + i) % ring.length)];
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    return start == 0 ? text : "[" + start + " bytes omitted] " + text;
  }
}
