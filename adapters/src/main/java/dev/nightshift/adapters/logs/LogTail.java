package dev.nightshift.adapters.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The end of a log file, at most {@code maxBytes} of it read from the end: a log grows without
 * bound, and only its recent lines matter.
 *
 * @param text the tail, starting at a line boundary
 * @param cut whether the file holds more than the tail, so the first line read may belong to an
 *     entry whose start (and timestamp) was left out
 */
record LogTail(String text, boolean cut) {

  static LogTail read(Path file, int maxBytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      // One byte more than the tail, to see whether the tail starts a line.
      long start = size > maxBytes ? size - maxBytes - 1 : 0;
      ByteBuffer buffer = ByteBuffer.allocate((int) (size - start));
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, start + buffer.position()) < 0) {
          break; // truncated while read: what was read is still its content
        }
      }
      buffer.flip();
      if (start > 0) {
        skipPartialLine(buffer);
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(buffer)
              .toString();
      return new LogTail(text, start > 0);
    }
  }

  // Drops everything up to the first line break, which the extra byte makes exactly the partial
  // line; a line longer than the whole tail is kept rather than lost.
  private static void skipPartialLine(ByteBuffer buffer) {
    for (int i = buffer.position(); i < buffer.limit(); i++) {
      if (buffer.get(i) == '\n') {
        buffer.position(i + 1);
        return;
      }
    }
  }
}
