package dev.nightshift.platform;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/**
 * One entity update as the upstream feed sends it: {@code {"entity":"e-17","value":..,"ts":..}}.
 *
 * @param entity the entity id, also part of its Redis key
 * @param value the latest value
 * @param ts the event time in epoch milliseconds
 */
record EntityUpdate(String entity, double value, long ts) {

  private static final Pattern ENTITY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final ObjectMapper JSON = new ObjectMapper();

  EntityUpdate {
    if (!ENTITY.matcher(entity).matches()) {
      throw new IllegalArgumentException("entity id must match " + ENTITY + ", was " + entity);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + entity + " must be finite, was " + value);
    }
    if (ts <= 0) {
      throw new IllegalArgumentException("ts of " + entity + " must be positive, was " + ts);
    }
  }

  /**
   * Reads one line of the feed.
   *
   * @throws IllegalArgumentException when the line is not such an update
   */
  static EntityUpdate parse(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null
        || !node.path("entity").isTextual()
        || !node.path("value").isNumber()
        || !node.path("ts").isIntegralNumber()) {
      throw new IllegalArgumentException("not an entity update: " + abbreviate(line));
    }
    return new EntityUpdate(
        node.get("entity").asText(), node.get("value").asDouble(), node.get("ts").asLong());
  }

  String toJson() {
    return "{\"entity\":\"" + entity + "\",\"value\":" + value + ",\"ts\":" + ts + "}";
  }

  private static String abbreviate(String line) {
    return line.length() <= 120 ? line : line.substring(0, 120) + "…";
  }
}
