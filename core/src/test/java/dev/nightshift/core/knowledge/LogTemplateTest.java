package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogTemplateTest {

  private static boolean matches(String pattern, String line) {
    return LogPattern.of(pattern).matches(line);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-02T10:00:01.123Z ERROR Redis connection pool exhausted after 3 retries"
            + " | 2026-03-05T22:14:59.002Z ERROR Redis connection pool exhausted after 17 retries",
        "[2026-03-02 10:00:01,123] WARN request 550e8400-e29b-41d4-a716-446655440000 took 1234ms"
            + " | [2026-03-09 11:11:11,999] WARN request 6ba7b810-9dad-11d1-80b4-00c04fd430c8 took 87ms",
        "ERR max number of clients reached | ERR max number of clients reached",
        "connection to 10.0.0.12 6379 refused (fd 0x7f3a21) | connection to 10.1.4.200 6380 refused (fd 0xdeadbeef)",
        "job 42 of 1000 failed: out of memory (512MiB) | job 7 of 20 failed: out of memory (2GiB)",
        "trace deadbeefcafe0123 dropped, 45.2% lost | trace 0123456789abcdef dropped, 3% lost",
      })
  void matchesItsOwnLineAndTheSameMessageWithOtherNumbers(String line, String later) {
    String pattern = LogTemplate.of(line);

    assertThat(matches(pattern, line)).as(pattern).isTrue();
    assertThat(matches(pattern, later)).as(pattern).isTrue();
  }

  @Test
  void doesNotMatchADifferentMessage() {
    String pattern = LogTemplate.of("ERROR Redis connection pool exhausted after 3 retries");

    assertThat(matches(pattern, "ERROR Kafka consumer lag exceeded after 3 retries")).isFalse();
    assertThat(matches(pattern, "ERROR Redis connection established after 3 retries")).isFalse();
  }

  @Test
  void dropsTheTimestampAndTheLevel() {
    String pattern = LogTemplate.of("2026-03-02T10:00:01Z ERROR: Redis connection pool exhausted");

    assertThat(pattern).isEqualTo("Redis connection pool exhausted");
    assertThat(matches(pattern, "INFO Redis connection pool exhausted")).isTrue();
  }

  @Test
  void dropsASyslogTimestampSoThatAnotherDayMatches() {
    String pattern = LogTemplate.of("Nov 22 01:54:23 db1 redis[412]: ERR max number of clients");

    assertThat(pattern).isEqualTo("redis\\[\\S+\\]: ERR max number of clients");
    assertThat(matches(pattern, "Dec  3 23:01:09 db1 redis[97]: ERR max number of clients"))
        .isTrue();
  }

  @Test
  void escapesRegexMetacharacters() {
    String line = "ERROR failed: a.b*c+d?(e)[f]{g}|h^i$j\\k";

    String pattern = LogTemplate.of(line);

    assertThat(matches(pattern, line)).isTrue();
    assertThat(matches(pattern, "failed: aXbbbcdd(e)[f]{g}|h^i$j\\k")).isFalse();
    assertThat(Pattern.compile(pattern)).isNotNull();
  }

  @Test
  void capsTheLengthOfALongLineAndStillMatchesIt() {
    String line = "ERROR " + "something went very wrong in the widget frobnicator ".repeat(20);

    String pattern = LogTemplate.of(line);

    assertThat(pattern.length()).isLessThanOrEqualTo(LogTemplate.MAX_LENGTH);
    assertThat(matches(pattern, line)).isTrue();
  }

  @Test
  void capsALongLineOfVariablesAndSpecialCharactersToAValidPattern() {
    StringBuilder line = new StringBuilder("ERROR");
    for (int i = 0; i < 80; i++) {
      line.append(" (x").append(i).append(")...");
    }

    String pattern = LogTemplate.of(line.toString());

    assertThat(pattern.length()).isLessThanOrEqualTo(LogTemplate.MAX_LENGTH);
    assertThat(matches(pattern, line.toString())).as(pattern).isTrue();
  }

  @Test
  void aCutNeverEndsInAHalfEscape() {
    for (int pad = 0; pad < 10; pad++) {
      String line = "E".repeat(3) + " " + "a".repeat(pad) + "\\.".repeat(120);

      String pattern = LogTemplate.of(line);

      assertThat(pattern.length()).isLessThanOrEqualTo(LogTemplate.MAX_LENGTH);
      assertThat(matches(pattern, line)).as(pattern).isTrue();
    }
  }

  @Test
  void anyLineGivesACompilingCappedPatternThatMatchesIt() {
    String alphabet = "abcXYZ019 .:-_\\^$|?*+()[]{}/\"'=,%#\t";
    dev.nightshift.core.testing.Property.forAll(
        2_000,
        random -> {
          StringBuilder line = new StringBuilder();
          int length = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
          for (int i = 0; i < length; i++) {
            line.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          return line.toString();
        },
        line -> {
          if (line.isBlank()) {
            return;
          }
          String pattern = LogTemplate.of(line);
          assertThat(pattern).isNotEmpty();
          assertThat(pattern.length()).isLessThanOrEqualTo(LogTemplate.MAX_LENGTH);
          assertThat(matches(pattern, line)).as(pattern).isTrue();
        });
  }

  @Test
  void aLineOfOnlyNumbersStillGivesAPatternThatMatchesIt() {
    String pattern = LogTemplate.of("12345 67890");

    assertThat(matches(pattern, "12345 67890")).isTrue();
  }
}
