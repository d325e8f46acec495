package dev.nightshift.core.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A named stretch of time in which something applies: an SLA's business hours, a change freeze. */
public sealed interface TimeWindow {

  /** The built-in window that always applies. */
  String ALWAYS_NAME = "Always";

  String name();

  boolean contains(Instant instant);

  /** The window every SLA without a {@code window} uses. */
  static TimeWindow always() {
    return Always.INSTANCE;
  }

  /** All of time. */
  record Always() implements TimeWindow {
    static final Always INSTANCE = new Always();

    @Override
    public String name() {
      return ALWAYS_NAME;
    }

    @Override
    public boolean contains(Instant instant) {
      return true;
    }

    @Override
    public String toString() {
      return ALWAYS_NAME;
    }
  }

  /**
   * Recurring hours on some days of the week in a time zone, e.g. mon-fri 08:00-18:00
   * Europe/London. When the end is before the start the hours run overnight and belong to the day
   * they start on.
   *
   * @param startMinute minute of the day the window opens, 0..1439
   * @param endMinute minute of the day the window closes (exclusive), 1..1440
   */
  record Weekly(String name, Set<DayOfWeek> days, int startMinute, int endMinute, ZoneId zone)
      implements TimeWindow {

    public Weekly {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(zone, "zone");
      days = Set.copyOf(days);
      if (days.isEmpty()) {
        throw new IllegalArgumentException("a weekly window needs at least one day");
      }
      if (startMinute < 0 || startMinute >= 1440 || endMinute <= 0 || endMinute > 1440) {
        throw new IllegalArgumentException("hours out of range: " + startMinute + "-" + endMinute);
      }
      if (startMinute == endMinute) {
        throw new IllegalArgumentException("a window cannot start and end at the same minute");
      }
    }

    @Override
    public boolean contains(Instant instant) {
      ZonedDateTime local = instant.atZone(zone);
      int minute = local.getHour() * 60 + local.getMinute();
      DayOfWeek day = local.getDayOfWeek();
      if (startMinute < endMinute) {
        return days.contains(day) && minute >= startMinute && minute < endMinute;
      }
      return (minute >= startMinute && days.contains(day))
          || (minute < endMinute && days.contains(day.minus(1)));
    }

    @Override
    public String toString() {
      String dayList =
          EnumSet.copyOf(days).stream()
              .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(","));
      return name
          + " ("
          + dayList
          + " "
          + clock(startMinute)
          + "-"
          + clock(endMinute)
          + " "
          + zone
          + ")";
    }

    private static String clock(int minute) {
      return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
  }

  /** A one-off stretch between two instants, e.g. a holiday change freeze; the end is exclusive. */
  record Absolute(String name, Instant from, Instant to) implements TimeWindow {

    public Absolute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException(
            "a window must end after it starts: " + from + " .. " + to);
      }
    }

    @Override
    public boolean contains(Instant instant) {
      return !instant.isBefore(from) && instant.isBefore(to);
    }

    @Override
    public String toString() {
      return name + " (" + from + " .. " + to + ")";
    }
  }
}
