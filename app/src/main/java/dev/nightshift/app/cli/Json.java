package dev.nightshift.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.yaml.Problem;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON output of the commands: built as trees, printed on one line each. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ArrayNode strings(List<?> values) {
    ArrayNode array = array();
    values.forEach(v -> array.add(v.toString()));
    return array;
  }

  static ArrayNode problems(List<Problem> problems) {
    ArrayNode array = array();
    for (Problem p : problems) {
      ObjectNode o = array.addObject();
      o.put("file", p.source().file());
      o.put("line", p.source().line());
      o.put("path", p.path());
      o.put("message", p.message());
      o.put("text", p.format());
    }
    return array;
  }

  static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
