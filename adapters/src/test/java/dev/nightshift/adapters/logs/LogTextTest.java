package dev.nightshift.adapters.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.telemetry.LogLine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogTextTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London"); // UTC+1 in May
  private static final Instant READ_AT = Instant.parse("2026-05-01T12:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2026-05-01T10:15:30Z INFO started                  | 2026-05-01T10:15:30Z
          2026-05-01T10:15:30.123Z INFO started              | 2026-05-01T10:15:30.123Z
          2026-05-01T10:15:30.123456789+02:00 level=info     | 2026-05-01T08:15:30.123456789Z
          2026-05-01T10:15:30,5-0330 x                       | 2026-05-01T13:45:30.500Z
          2026-05-01T10:15:30+0200 x                         | 2026-05-01T08:15:30Z
          2026-05-01T10:15:30.123 INFO local, no offset      | 2026-05-01T09:15:30.123Z
          2026-05-01 10:15:30,123 ERROR python asctime       | 2026-05-01T09:15:30.123Z
          2026-05-01 10:15:30.123 INFO dot fraction          | 2026-05-01T09:15:30.123Z
          2026-05-01 10:15:30 INFO no fraction               | 2026-05-01T09:15:30Z
          [2026-05-01 10:15:30,001] WARN bracketed           | 2026-05-01T09:15:30.001Z
          2026/05/01 10:15:30 [error] 12#0: nginx            | 2026-05-01T09:15:30Z
          """)
  void readsTheTimestampALineStartsWith(String line, String expected) {
    assertThat(LogText.timestamp(line, LONDON)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          INFO no time at all
          \tat com.example.Consumer.run(Consumer.java:42)
          2026-13-45 10:15:30 not a date
          2026-05-01 25:00:00 not a time
          2026-05-01 10:15 minutes only
          2026-05-01T10:15:301 a digit too many
          x 2026-05-01 10:15:30 time not at the start
          """)
  void findsNoTimestampWhereNoneStartsTheLine(String line) {
    assertThat(LogText.timestamp(line, LONDON)).isEmpty();
  }

  @Test
  void continuationLinesInheritThePreviousTimeAndLeadingOnesGetTheReadTime() {
    String text =
        """
        Caused by: cut off above
        2026-05-01 10:00:00,000 INFO consumer started

        2026-05-01 10:05:00,250 ERROR redis.exceptions.ConnectionError: Too many connections
        Traceback (most recent call last):
          File "consumer.py", line 42, in run\r
        """;

    List<LogLine> lines = LogText.parse(text, READ_AT, LONDON);

    Instant started = Instant.parse("2026-05-01T09:00:00Z");
    Instant error = Instant.parse("2026-05-01T09:05:00.250Z");
    assertThat(lines)
        .containsExactly(
            new LogLine(READ_AT, "Caused by: cut off above"),
            new LogLine(started, "2026-05-01 10:00:00,000 INFO consumer started"),
            new LogLine(
                error,
                "2026-05-01 10:05:00,250 ERROR redis.exceptions.ConnectionError: Too many"
                    + " connections"),
            new LogLine(error, "Traceback (most recent call last):"),
            new LogLine(error, "  File \"consumer.py\", line 42, in run"));
  }

  @Test
  void readsLocalTimesInTheGivenZone() {
    assertThat(LogText.parse("2026-01-15 08:00:00 x", READ_AT, ZoneId.of("America/New_York")))
        .extracting(LogLine::at)
        .containsExactly(Instant.parse("2026-01-15T13:00:00Z"));
    assertThat(LogText.timestamp("2026-01-15 08:00:00 x", ZoneId.of("UTC")))
        .isEqualTo(Optional.of(Instant.parse("2026-01-15T08:00:00Z")));
  }

  @Test
  void anEmptyTextHasNoLines() {
    assertThat(LogText.parse("", READ_AT, LONDON)).isEmpty();
    assertThat(LogText.parse("\n \n", READ_AT, LONDON)).isEmpty();
  }
}
