package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.sla.TimeWindow;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the named time windows of nightshift.yaml: recurring ({@code days: mon-fri, hours:
 * "08:00-18:00", timezone: Europe/London}) or one-off ({@code from: 2026-12-24, to: 2026-12-26,
 * timezone: Europe/London}; a date {@code to} includes that whole day).
 */
final class WindowsReader {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern HOURS =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
  private static final List<String> DAY_NAMES =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private WindowsReader() {}

  /** The windows by name, always including the built-in {@code Always}. */
  static WindowCatalog read(Optional<MapReader> section) {
    Map<String, TimeWindow> windows = new LinkedHashMap<>();
    Set<String> invalid = new java.util.HashSet<>();
    windows.put(TimeWindow.ALWAYS_NAME, TimeWindow.always());
    section.ifPresent(reader -> {
      for (YamlNode.Entry entry : reader.mapping().entries().values()) {
        reader.allow(entry.key());
        String path = reader.pathOf(entry.key());
        if (entry.key().equals(TimeWindow.ALWAYS_NAME)) {
          reader
              .problems()
              .error(entry.keySource(), path, "'Always' is built in and cannot be redefined");
        } else if (!NAME.matcher(entry.key()).matches()) {
          reader
              .problems()
              .error(
                  entry.keySource(),
                  path,
                  "a window name starts with a letter and holds letters, digits, '_' and '-'");
        } else {
          MapReader.of(entry.value(), reader.problems())
              .flatMap(w -> window(entry.key(), w))
              .ifPresentOrElse(w -> windows.put(entry.key(), w), () -> invalid.add(entry.key()));
        }
      }
    });
    return new WindowCatalog(windows, invalid);
  }

  private static Optional<TimeWindow> window(String name, MapReader w) {
    Optional<ZoneId> zone = w.text("timezone").flatMap(z -> zone(z, w));
    boolean oneOff = w.has("from") | w.has("to");
    boolean weekly = w.has("days") | w.has("hours");
    Optional<TimeWindow> result;
    if (oneOff && weekly) {
      w.problems()
          .error(
              w.source(),
              w.path(),
              "a window is either weekly (days, hours) or one-off (from, to), not both");
      result = Optional.empty();
    } else if (oneOff) {
      result = absolute(name, w, zone);
    } else {
      result = weekly(name, w, zone);
    }
    w.finish();
    return result;
  }

  private static Optional<TimeWindow> weekly(String name, MapReader w, Optional<ZoneId> zone) {
    Optional<Set<DayOfWeek>> days = w.required("days").flatMap(n -> days(n, w));
    int[] hours = w.node("hours").map(n -> hours(n, w)).orElse(new int[] {0, 1440});
    if (!w.has("timezone")) {
      w.required("timezone");
    }
    if (days.isEmpty() || hours == null || zone.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TimeWindow.Weekly(name, days.get(), hours[0], hours[1], zone.get()));
  }

  private static Optional<TimeWindow> absolute(String name, MapReader w, Optional<ZoneId> zone) {
    Optional<Instant> from = w.required("from").flatMap(n -> instant(n, zone, false, w));
    Optional<Instant> to = w.required("to").flatMap(n -> instant(n, zone, true, w));
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    if (!from.get().isBefore(to.get())) {
      w.problems().error(w.source(), w.pathOf("to"), "must be after 'from'");
      return Optional.empty();
    }
    return Optional.of(new TimeWindow.Absolute(name, from.get(), to.get()));
  }

  private static Optional<ZoneId> zone(String text, MapReader w) {
    try {
      return Optional.of(ZoneId.of(text));
    } catch (DateTimeException e) {
      String hint = Suggestions.didYouMean(text, ZoneId.getAvailableZoneIds());
      w.problems()
          .error(
              w.node("timezone").orElseThrow(),
              "unknown time zone '"
                  + text
                  + "'"
                  + hint
                  + "; use a region such as Europe/London or UTC");
      return Optional.empty();
    }
  }

  /** {@code mon-fri}, {@code mon,wed,fri}, {@code fri-mon} (wraps), {@code daily}, or a list. */
  private static Optional<Set<DayOfWeek>> days(YamlNode node, MapReader w) {
    List<String> parts =
        node instanceof YamlNode.Scalar s
            ? List.of(s.value().split("\\s*,\\s*"))
            : dev.nightshift.app.config.yaml.Values.texts(node, w.problems());
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : parts) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.equals("daily") || p.equals("all")) {
        days.addAll(EnumSet.allOf(DayOfWeek.class));
        continue;
      }
      String[] range = p.split("\\s*-\\s*", -1);
      int first = DAY_NAMES.indexOf(range[0]);
      int last = range.length == 2 ? DAY_NAMES.indexOf(range[1]) : first;
      if (range.length > 2 || first < 0 || last < 0) {
        w.problems()
            .error(
                node,
                "'"
                    + part.strip()
                    + "' is not a day or range of days; write e.g. mon-fri, sat,sun or daily");
        return Optional.empty();
      }
      for (int d = first; ; d = (d + 1) % 7) {
        days.add(DayOfWeek.of(d + 1));
        if (d == last) {
          break;
        }
      }
    }
    return days.isEmpty() ? Optional.empty() : Optional.of(days);
  }

  /** {@code "08:00-18:00"} as minutes of the day; null after reporting a problem. */
  private static int[] hours(YamlNode node, MapReader w) {
    String text = node instanceof YamlNode.Scalar s ? s.value() : "";
    Matcher m = HOURS.matcher(text.strip());
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
      int end = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
      boolean valid = Integer.parseInt(m.group(2)) < 60 && Integer.parseInt(m.group(4)) < 60;
      if (valid && start < 1440 && end <= 1440 && end > 0 && start != end) {
        return new int[] {start, end};
      }
    }
    w.problems()
        .error(
            node,
            "expected hours as HH:MM-HH:MM (e.g. \"08:00-18:00\", \"22:00-06:00\"), got "
                + node.describe());
    return null;
  }

  private static Optional<Instant> instant(
      YamlNode node, Optional<ZoneId> zone, boolean endOfDay, MapReader w) {
    String text = node instanceof YamlNode.Scalar s ? s.value().strip() : "";
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      // a local date or date-time needs the window's time zone
    }
    try {
      LocalDateTime local =
          text.length() == 10
              ? LocalDate.parse(text).plusDays(endOfDay ? 1 : 0).atStartOfDay()
              : LocalDateTime.parse(text);
      if (zone.isEmpty()) {
        w.problems().error(node, "a date without an offset needs the window's timezone");
        return Optional.empty();
      }
      return Optional.of(local.atZone(zone.get()).toInstant());
    } catch (DateTimeParseException e) {
      w.problems()
          .error(
              node,
              "expected a date (2026-12-24) or date-time (2026-12-24T18:00, 2026-12-24T18:00:00Z), got "
                  + node.describe());
      return Optional.empty();
    }
  }
}
