package dev.nightshift.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Log lines that start with an ISO-8601 timestamp and a level, the shape log matchers read. */
final class Log {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  private Log() {}

  /**
   * Logs what would otherwise end a program as a bare stack trace, so even its last line starts
   * with a timestamp.
   */
  static void onUncaughtException() {
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> error("fatal in thread " + thread.getName() + ": " + e));
  }

  static void info(String message) {
    line("INFO", message);
  }

  static void warn(String message) {
    line("WARN", message);
  }

  static void error(String message) {
    line("ERROR", message);
  }

  // One lock so lines from several threads never interleave; flushed at once because supervisord
  // sends stdout to the file the agent tails.
  private static synchronized void line(String level, String message) {
    System.out.println(TIMESTAMP.format(Instant.now()) + " " + level + " " + message);
    System.out.flush();
  }
}
