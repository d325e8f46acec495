package dev.nightshift.adapters.loki;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.adapters.net.HttpCalls;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code data} of a Loki log query: the entries of every stream, merged into one list in
 * time order (Loki sends each stream newest first).
 */
final class LokiStreams {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private LokiStreams() {}

  /** The newest {@code limit} lines of all streams, oldest first. */
  static LogReading lines(JsonNode data, String query, int limit) {
    if (!"streams".equals(data.path("resultType").asText())) {
      return unexpected(query, "a " + data.path("resultType").asText("missing") + " result");
    }
    JsonNode streams = data.path("result");
    if (!streams.isArray()) {
      return unexpected(query, "no list of streams");
    }
    List<LogLine> lines = new ArrayList<>();
    for (JsonNode stream : streams) {
      JsonNode values = stream.path("values");
      if (!values.isArray()) {
        return unexpected(query, "a stream without values");
      }
      for (JsonNode entry : values) {
        // [<ns>, <line>] and, since Loki 3, sometimes a third element with structured metadata.
        if (!entry.path(0).isTextual() || !entry.path(1).isTextual()) {
          return unexpected(query, "an entry that is not [time, line]: " + entry);
        }
        Instant at = time(entry.path(0).asText());
        if (at == null) {
          return unexpected(query, "a time that is not nanoseconds: " + entry.path(0));
        }
        lines.add(new LogLine(at, entry.path(1).asText()));
      }
    }
    lines.sort(Comparator.comparing(LogLine::at));
    return new LogReading.Lines(lines.subList(Math.max(0, lines.size() - limit), lines.size()));
  }

  /** Nanoseconds since the epoch, as Loki writes times, or null when the text is not that. */
  static @Nullable Instant time(String nanos) {
    try {
      long value = Long.parseLong(nanos);
      return Instant.ofEpochSecond(
          Math.floorDiv(value, NANOS_PER_SECOND), Math.floorMod(value, NANOS_PER_SECOND));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An instant as Loki's nanoseconds since the epoch. */
  static String nanos(Instant at) {
    return Long.toString(
        Math.addExact(Math.multiplyExact(at.getEpochSecond(), NANOS_PER_SECOND), at.getNano()));
  }

  private static LogReading unexpected(String query, String what) {
    return new LogReading.Unavailable(
        "Loki answered " + HttpCalls.quote(query) + " with " + what, false);
  }
}
