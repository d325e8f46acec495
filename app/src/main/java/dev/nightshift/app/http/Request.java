package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * One call to an endpoint: who made it (empty on open endpoints), the path parameters (decoded),
 * the query parameters and the body.
 */
record Request(
    Optional<Caller> caller, Map<String, String> params, Map<String, String> query, byte[] body) {

  Request {
    params = Map.copyOf(params);
    query = Map.copyOf(query);
  }

  String param(String name) {
    return params.get(name);
  }

  Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** A whole-number query parameter within bounds, or the default when absent. */
  int limit(String name, int fallback, int max) {
    Optional<String> text = query(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiError.badRequest(name + " must be a whole number from 1 to " + max);
  }

  ObjectNode json() {
    return Wire.parse(body);
  }

  /** A required text field of the JSON body. */
  String text(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw ApiError.badRequest("field '" + field + "' is required and must be a string");
    }
    return v.asText();
  }

  boolean bool(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isBoolean()) {
      throw ApiError.badRequest("field '" + field + "' is required and must be true or false");
    }
    return v.asBoolean();
  }

  Optional<String> optionalText(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApiError.badRequest("field '" + field + "' must be a string");
    }
    return Optional.of(v.asText());
  }

  Caller requireCaller() {
    return caller.orElseThrow(() -> new IllegalStateException("an open endpoint needs no caller"));
  }
}
