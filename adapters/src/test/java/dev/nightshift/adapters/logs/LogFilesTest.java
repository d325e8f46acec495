package dev.nightshift.adapters.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

  private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
  private static final String ERRORS = "ERROR|Exception";

  @TempDir Path dir;

  private final LogFiles files = LogFiles.create(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void returnsTheErrorsFromTheSinceBoundaryOnOldestFirst() throws IOException {
    Path log =
        write(
            "app.log",
            """
            2026-05-01 11:54:59,999 ERROR just too old
            2026-05-01 11:55:00,000 ERROR exactly at the boundary
            2026-05-01 11:56:00,000 INFO fine
            2026-05-01 11:58:00,000 ERROR java.lang.IllegalStateException: pool
            \tat com.example.Pool.take(Pool.java:10)
            2026-05-01 11:57:00,000 ERROR logged late by another thread
            """);

    LogReading reading = files.recentErrors(log, ERRORS, Duration.ofMinutes(5), 10);

    assertThat(lines(reading))
        .containsExactly(
            "2026-05-01 11:55:00,000 ERROR exactly at the boundary",
            "2026-05-01 11:57:00,000 ERROR logged late by another thread",
            "2026-05-01 11:58:00,000 ERROR java.lang.IllegalStateException: pool");
  }

  @Test
  void keepsTheNewestLinesUpToTheLimit() throws IOException {
    Path log =
        write(
            "app.log",
            """
            2026-05-01T11:59:01Z one
            2026-05-01T11:59:02Z two
            2026-05-01T11:59:03Z three
            """);

    assertThat(lines(files.recentLines(log, Duration.ofMinutes(1), 2)))
        .containsExactly("2026-05-01T11:59:02Z two", "2026-05-01T11:59:03Z three");
  }

  @Test
  void readsOnlyTheTailOfABigFile() throws IOException {
    Path log = dir.resolve("big.log");
    String head = "2026-05-01 11:59:00,000 ERROR HEAD line that must never be read\n";
    String tail = "2026-05-01 11:59:30,000 ERROR tail line\n";
    try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (int written = 0; written < 3 * LogFiles.TAIL_BYTES; written += head.length()) {
        out.write(head);
      }
      for (int written = 0; written < LogFiles.TAIL_BYTES; written += tail.length()) {
        out.write(tail);
      }
    }

    List<String> read = lines(files.recentErrors(log, ERRORS, Duration.ofMinutes(5), 100_000));

    assertThat(read).isNotEmpty().allMatch(line -> line.equals(tail.strip()));
    assertThat(read.size()).isLessThanOrEqualTo(LogFiles.TAIL_BYTES / tail.length());
  }

  @Test
  void dropsTheEndOfAnEntryWhoseTimestampTheTailCutOff() throws IOException {
    Path log = dir.resolve("trace.log");
    try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      out.write("2026-05-01 10:00:00,000 ERROR java.lang.OutOfMemoryError: an old trace\n");
      String frame = "\tat com.example.Deep.recursion(Deep.java:7) Exception\n";
      for (int written = 0; written < 2 * LogFiles.TAIL_BYTES; written += frame.length()) {
        out.write(frame);
      }
      out.write("2026-05-01 11:59:00,000 INFO still alive\n");
    }
    Files.setLastModifiedTime(log, FileTime.from(NOW));

    assertThat(lines(files.recentErrors(log, ERRORS, Duration.ofMinutes(5), 10))).isEmpty();
    assertThat(lines(files.recentLines(log, Duration.ofMinutes(5), 10)))
        .containsExactly("2026-05-01 11:59:00,000 INFO still alive");
  }

  @Test
  void datesLinesWithoutTimestampsByTheModificationTime() throws IOException {
    Path log = write("plain.log", "starting\nERROR lost the connection\n");
    Files.setLastModifiedTime(log, FileTime.from(NOW.minus(Duration.ofMinutes(10))));

    assertThat(lines(files.recentErrors(log, ERRORS, Duration.ofMinutes(5), 10))).isEmpty();
    assertThat(files.recentErrors(log, ERRORS, Duration.ofMinutes(15), 10))
        .isEqualTo(
            new LogReading.Lines(
                List.of(
                    new LogLine(NOW.minus(Duration.ofMinutes(10)), "ERROR lost the connection"))));
  }

  @Test
  void reportsAMissingFileOrADirectoryAsUnavailable() {
    Path missing = dir.resolve("gone.log");

    assertThat(files.recentLines(missing, Duration.ofMinutes(5), 10))
        .isEqualTo(new LogReading.Unavailable("no such file: " + missing, false));
    assertThat(files.recentLines(dir, Duration.ofMinutes(5), 10))
        .isEqualTo(new LogReading.Unavailable("not a log file but a directory: " + dir, false));
    assertThat(files.recency(missing, recency(Duration.ofMinutes(1))))
        .isEqualTo(Health.unknown("no such file: " + missing));
  }

  @Test
  void readsTheFileAsItIsNowAfterATruncationOrARotation() throws IOException {
    Path log = write("app.log", "2026-05-01T11:59:00Z ERROR before\n".repeat(1000));
    assertThat(lines(files.recentErrors(log, ERRORS, Duration.ofMinutes(5), 5000))).hasSize(1000);

    Files.writeString(log, "2026-05-01T11:59:30Z ERROR after truncation\n");
    assertThat(lines(files.recentErrors(log, ERRORS, Duration.ofMinutes(5), 5000)))
        .containsExactly("2026-05-01T11:59:30Z ERROR after truncation");

    Files.move(log, dir.resolve("app.log.1"));
    Files.writeString(log, "");
    assertThat(files.recentErrors(log, ERRORS, Duration.ofMinutes(5), 5000))
        .isEqualTo(new LogReading.Lines(List.of()));
  }

  @Test
  void aFileIsFreshWhenItsNewestLineIsYoungerThanTheMaximumAge() throws IOException {
    Path log = write("app.log", "2026-05-01T11:58:00Z a\n2026-05-01T11:59:30Z b\n  continued\n");

    Health health = files.recency(log, recency(Duration.ofMinutes(1)));

    assertThat(health)
        .isEqualTo(
            Health.measured(
                HealthStatus.HEALTHY, 30, "newest line of " + log + " 30s ago (max 1m)"));
    assertThat(files.recency(log, recency(Duration.ofSeconds(10))).status())
        .isEqualTo(HealthStatus.UNHEALTHY);
  }

  @Test
  void aFileWithoutTimestampsIsAsFreshAsItsModificationTime() throws IOException {
    Path log = write("plain.log", "tick\n");
    Files.setLastModifiedTime(log, FileTime.from(NOW.minus(Duration.ofMinutes(10))));
    Path empty = write("rotated.log", "");
    Files.setLastModifiedTime(empty, FileTime.from(NOW.minus(Duration.ofSeconds(5))));

    assertThat(files.recency(log, recency(Duration.ofMinutes(5))))
        .isEqualTo(
            Health.measured(
                HealthStatus.UNHEALTHY, 600, "newest line of " + log + " 10m ago (max 5m)"));
    assertThat(files.recency(empty, recency(Duration.ofMinutes(5))).status())
        .isEqualTo(HealthStatus.HEALTHY);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Healthcheck.LogRecency recency(Duration maxAge) {
    return new Healthcheck.LogRecency(maxAge, Optional.empty());
  }

  private static List<String> lines(LogReading reading) {
    assertThat(reading).isInstanceOf(LogReading.Lines.class);
    return ((LogReading.Lines) reading).lines().stream().map(LogLine::text).toList();
  }
}
