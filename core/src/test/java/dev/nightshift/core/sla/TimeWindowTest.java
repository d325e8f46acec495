package dev.nightshift.core.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWindowTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Set<DayOfWeek> WEEKDAYS =
      EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

  @Nested
  class Always {

    @Test
    void containsEveryInstant() {
      TimeWindow always = TimeWindow.always();

      assertThat(always.contains(Instant.EPOCH)).isTrue();
      assertThat(always.contains(Instant.MIN)).isTrue();
      assertThat(always.contains(Instant.MAX)).isTrue();
    }

    @Test
    void isNamedAlways() {
      assertThat(TimeWindow.always().name()).isEqualTo("Always");
      assertThat(TimeWindow.always()).hasToString("Always");
      assertThat(TimeWindow.always()).isSameAs(TimeWindow.always());
    }
  }

  @Nested
  class Weekly {

    // 2026-03-02 is a Monday.
    private final TimeWindow.Weekly businessHours = weekly(WEEKDAYS, "08:00", "18:00", NEW_YORK);

    @ParameterizedTest
    @CsvSource({
      "2026-03-02T07:59:59, false", // Monday, a second before opening
      "2026-03-02T08:00:00, true", // the opening minute is in
      "2026-03-02T12:30:00, true",
      "2026-03-02T17:59:59, true", // the last second is in
      "2026-03-02T18:00:00, false", // the end is exclusive
      "2026-03-06T17:00:00, true", // Friday
      "2026-03-07T12:00:00, false", // Saturday is not listed
      "2026-03-08T12:00:00, false" // nor Sunday
    })
    void containsTheListedDaysFromStartToEndExclusive(String local, boolean contained) {
      assertThat(businessHours.contains(at(local, NEW_YORK))).isEqualTo(contained);
    }

    @Test
    void readsTheClockInItsOwnZone() {
      // 12:00 UTC on Monday is 07:00 in New York: before opening there, though 12:00 in London.
      Instant noonUtc = Instant.parse("2026-03-02T12:00:00Z");

      assertThat(businessHours.contains(noonUtc)).isFalse();
      assertThat(weekly(WEEKDAYS, "08:00", "18:00", LONDON).contains(noonUtc)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
      "2026-03-06T21:59:59, false", // Friday before the night starts
      "2026-03-06T22:00:00, true", // Friday night
      "2026-03-06T23:00:00, true",
      "2026-03-07T02:00:00, true", // Saturday morning still belongs to Friday's night
      "2026-03-07T05:59:59, true",
      "2026-03-07T06:00:00, false", // the end is exclusive
      "2026-03-07T23:00:00, false", // Saturday night is not listed
      "2026-03-08T23:00:00, false", // nor Sunday night
      "2026-03-09T02:00:00, false", // so Monday morning is out
      "2026-03-09T22:30:00, true", // Monday night
      "2026-03-10T03:00:00, true" // which runs into Tuesday
    })
    void runsOvernightWhenTheEndIsBeforeTheStart(String local, boolean contained) {
      TimeWindow.Weekly nights = weekly(WEEKDAYS, "22:00", "06:00", LONDON);

      assertThat(nights.contains(at(local, LONDON))).isEqualTo(contained);
    }

    @ParameterizedTest
    @CsvSource({
      "2026-03-02T00:00:00, true",
      "2026-03-02T23:59:59, true",
      "2026-03-03T00:00:00, false",
      "2026-03-01T23:59:59, false"
    })
    void coversAWholeDayFromMidnightToMidnight(String local, boolean contained) {
      TimeWindow.Weekly mondays = weekly(Set.of(MONDAY), "00:00", "24:00", LONDON);

      assertThat(mondays.contains(at(local, LONDON))).isEqualTo(contained);
    }

    @Test
    void opensAtLocalTimeOnTheDayClocksGoForward() {
      // Sunday 2026-03-29: at 01:00 GMT London clocks jump to 02:00 BST.
      TimeWindow.Weekly sundays = weekly(Set.of(SUNDAY), "08:00", "18:00", LONDON);

      assertThat(sundays.contains(Instant.parse("2026-03-29T06:59:59Z"))).isFalse();
      assertThat(sundays.contains(Instant.parse("2026-03-29T07:00:00Z"))).isTrue();
      assertThat(sundays.contains(Instant.parse("2026-03-29T16:59:59Z"))).isTrue();
      assertThat(sundays.contains(Instant.parse("2026-03-29T17:00:00Z"))).isFalse();
      // A week earlier London was on GMT.
      assertThat(sundays.contains(Instant.parse("2026-03-22T07:59:59Z"))).isFalse();
      assertThat(sundays.contains(Instant.parse("2026-03-22T08:00:00Z"))).isTrue();
    }

    @Test
    void skipsAnHourThatDoesNotExistOnTheDayClocksGoForward() {
      TimeWindow.Weekly skipped = weekly(Set.of(SUNDAY), "01:00", "02:00", LONDON);

      assertThat(skipped.contains(Instant.parse("2026-03-29T00:59:59Z"))).isFalse(); // 00:59 GMT
      assertThat(skipped.contains(Instant.parse("2026-03-29T01:00:00Z"))).isFalse(); // 02:00 BST
      assertThat(skipped.contains(Instant.parse("2026-03-22T01:30:00Z"))).isTrue();
    }

    @Test
    void coversARepeatedHourTwiceOnTheDayClocksGoBack() {
      // Sunday 2026-10-25: at 02:00 BST London clocks go back to 01:00 GMT.
      TimeWindow.Weekly repeated = weekly(Set.of(SUNDAY), "01:00", "02:00", LONDON);

      assertThat(repeated.contains(Instant.parse("2026-10-24T23:59:59Z"))).isFalse(); // 00:59 BST
      assertThat(repeated.contains(Instant.parse("2026-10-25T00:00:00Z"))).isTrue(); // 01:00 BST
      assertThat(repeated.contains(Instant.parse("2026-10-25T00:59:59Z"))).isTrue(); // 01:59 BST
      assertThat(repeated.contains(Instant.parse("2026-10-25T01:00:00Z"))).isTrue(); // 01:00 GMT
      assertThat(repeated.contains(Instant.parse("2026-10-25T01:59:59Z"))).isTrue(); // 01:59 GMT
      assertThat(repeated.contains(Instant.parse("2026-10-25T02:00:00Z"))).isFalse(); // 02:00 GMT
    }

    @Test
    void keepsItsOwnCopyOfTheDays() {
      Set<DayOfWeek> days = new HashSet<>(Set.of(MONDAY));
      TimeWindow.Weekly window = weekly(days, "08:00", "18:00", LONDON);

      days.add(SATURDAY);

      assertThat(window.days()).containsExactly(MONDAY);
      assertThatThrownBy(() -> window.days().add(SUNDAY))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsAWindowWithoutDays() {
      assertThatThrownBy(() -> new TimeWindow.Weekly("none", Set.of(), 480, 1080, LONDON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a weekly window needs at least one day");
    }

    @ParameterizedTest
    @CsvSource({"-1, 60", "1440, 60", "0, 0", "0, 1441", "60, -5"})
    void rejectsHoursOutOfRange(int start, int end) {
      assertThatThrownBy(() -> new TimeWindow.Weekly("bad", WEEKDAYS, start, end, LONDON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("hours out of range: " + start + "-" + end);
    }

    @Test
    void acceptsTheExtremesOfTheDay() {
      assertThat(new TimeWindow.Weekly("late", WEEKDAYS, 1439, 1440, LONDON).startMinute())
          .isEqualTo(1439);
      assertThat(new TimeWindow.Weekly("early", WEEKDAYS, 0, 1, LONDON).endMinute()).isEqualTo(1);
    }

    @Test
    void rejectsAnEmptyWindow() {
      assertThatThrownBy(() -> new TimeWindow.Weekly("empty", WEEKDAYS, 480, 480, LONDON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a window cannot start and end at the same minute");
    }

    @Test
    void printsItsDaysInWeekOrderWithItsHoursAndZone() {
      TimeWindow.Weekly window =
          weekly(EnumSet.of(SUNDAY, FRIDAY, MONDAY), "22:00", "06:30", LONDON);

      assertThat(window).hasToString("w (mon,fri,sun 22:00-06:30 Europe/London)");
      assertThat(weekly(Set.of(MONDAY), "00:00", "24:00", LONDON))
          .hasToString("w (mon 00:00-24:00 Europe/London)");
    }
  }

  @Nested
  class Absolute {

    private final Instant from = Instant.parse("2026-12-20T00:00:00Z");
    private final Instant to = Instant.parse("2027-01-04T00:00:00Z");
    private final TimeWindow.Absolute freeze = new TimeWindow.Absolute("holidays", from, to);

    @Test
    void containsItsStartButNotItsEnd() {
      assertThat(freeze.contains(from.minusMillis(1))).isFalse();
      assertThat(freeze.contains(from)).isTrue();
      assertThat(freeze.contains(Instant.parse("2026-12-25T12:00:00Z"))).isTrue();
      assertThat(freeze.contains(to.minusMillis(1))).isTrue();
      assertThat(freeze.contains(to)).isFalse();
    }

    @Test
    void rejectsAWindowThatDoesNotEndAfterItStarts() {
      assertThatThrownBy(() -> new TimeWindow.Absolute("empty", from, from))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a window must end after it starts: 2026-12-20T00:00:00Z .. 2026-12-20T00:00:00Z");
      assertThatThrownBy(() -> new TimeWindow.Absolute("backwards", to, from))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a window must end after it starts: 2027-01-04T00:00:00Z .. 2026-12-20T00:00:00Z");
    }

    @Test
    void printsItsNameAndInstants() {
      assertThat(freeze).hasToString("holidays (2026-12-20T00:00:00Z .. 2027-01-04T00:00:00Z)");
    }
  }

  private static TimeWindow.Weekly weekly(
      Set<DayOfWeek> days, String start, String end, ZoneId zone) {
    return new TimeWindow.Weekly("w", days, minute(start), minute(end), zone);
  }

  private static int minute(String clock) {
    String[] parts = clock.split(":");
    return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
  }

  private static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }
}
