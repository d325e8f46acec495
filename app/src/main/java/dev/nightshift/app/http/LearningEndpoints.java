package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.app.learning.LearningDesk.Outcome;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learning loop over HTTP: learned known errors (list, one, approve as drafted or edited,
 * reject, export as YAML) and a human's account of what fixed an incident. Decisions act on the
 * running agent's desk, so an approved known error is matched from the next tick on.
 */
final class LearningEndpoints {

  private static final String LEARNED = Endpoints.V1 + "/known-errors/learned";
  private static final String YAML = "text/yaml; charset=utf-8";

  private LearningEndpoints() {}

  static void register(Router r, AgentView view) {
    r.get(LEARNED, Access.VIEWER, q -> Reply.ok(list(view)));
    r.get(LEARNED + "/{id}", Access.VIEWER, q -> Reply.ok(one(view, q.param("id"))));
    r.add("POST", LEARNED + "/{id}/approve", Access.OPERATOR, q -> approve(view, q));
    r.add("POST", LEARNED + "/{id}/reject", Access.OPERATOR, q -> reject(view, q));
    r.get(
        Endpoints.V1 + "/known-errors/export",
        Access.VIEWER,
        q -> Reply.text(200, YAML, desk(view).export(q.query("all").orElse("").equals("true"))));
    r.get(Endpoints.V1 + "/known-errors/catalog", Access.VIEWER, q -> Reply.ok(catalog(view)));
    r.add("POST", Endpoints.V1 + "/incidents/{id}/fix", Access.OPERATOR, q -> fix(view, q));
  }

  private static LearningDesk desk(AgentView view) {
    return view.learning()
        .orElseThrow(() -> new ApiError(503, "the agent is starting; its learning loop is not up"));
  }

  private static ArrayNode list(AgentView view) {
    ArrayNode out = Wire.array();
    desk(view)
        .all()
        .forEach(l -> out.add(KnownErrorsJson.learned(l, view.config(), view.stores())));
    return out;
  }

  private static ObjectNode one(AgentView view, String id) {
    return desk(view)
        .find(id)
        .map(l -> KnownErrorsJson.learned(l, view.config(), view.stores()))
        .orElseThrow(() -> ApiError.notFound("there is no learned known error " + id));
  }

  private static Reply approve(AgentView view, Request q) {
    Optional<String> yaml = q.optionalText(q.json(), "yaml").filter(y -> !y.isBlank());
    return reply(view, desk(view).approve(q.param("id"), q.requireCaller().actor(), yaml), 200);
  }

  private static Reply reject(AgentView view, Request q) {
    Optional<String> reason = q.optionalText(q.json(), "reason");
    return reply(view, desk(view).reject(q.param("id"), q.requireCaller().actor(), reason), 200);
  }

  private static Reply fix(AgentView view, Request q) {
    long incident;
    try {
      incident = Long.parseLong(q.param("id"));
    } catch (NumberFormatException e) {
      throw ApiError.notFound("no incident " + q.param("id"));
    }
    ObjectNode body = q.json();
    String rootCause = q.text(body, "root_cause");
    List<StepSpec> steps = steps(body.get("steps"));
    Optional<String> metric = q.optionalText(body, "metric_condition");
    String by = q.requireCaller().actor();
    return reply(view, desk(view).recordFix(incident, rootCause, steps, metric, by), 201);
  }

  /** Each step as known_errors.yaml writes it: action, node, then its fields. */
  private static List<StepSpec> steps(JsonNode steps) {
    if (steps == null || !steps.isArray() || steps.isEmpty()) {
      throw ApiError.badRequest(
          "field 'steps' is required: a list of steps such as"
              + " {\"action\": \"supervisor_restart\", \"node\": \"...\"}");
    }
    List<StepSpec> out = new ArrayList<>();
    for (JsonNode step : steps) {
      out.add(step(step, out.size()));
    }
    return out;
  }

  private static StepSpec step(JsonNode step, int index) {
    String where = "steps[" + index + "]";
    if (!step.isObject() || !step.path("action").isTextual()) {
      throw ApiError.badRequest(where + " must be an object with a string 'action'");
    }
    Optional<NodeId> node = Optional.empty();
    Map<String, Object> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : step.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (name.equals("action")) {
        continue;
      }
      if (name.equals("node")) {
        if (!value.isTextual() || !NodeId.isValid(value.asText())) {
          throw ApiError.badRequest(where + ".node must be a node id");
        }
        node = Optional.of(new NodeId(value.asText()));
      } else if (value.isArray()) {
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        params.put(name, items);
      } else if (value.isValueNode() && !value.isNull()) {
        params.put(name, value.asText());
      } else {
        throw ApiError.badRequest(where + "." + name + " must be a string or a list of strings");
      }
    }
    return new StepSpec(step.get("action").asText(), node, params);
  }

  private static ArrayNode catalog(AgentView view) {
    ArrayNode out = Wire.array();
    for (String line : view.config().reader().catalog()) {
      int colon = line.indexOf(':');
      out.addObject()
          .put("type", colon > 0 ? line.substring(0, colon) : line)
          .put("description", colon > 0 ? line.substring(colon + 1).strip() : "");
    }
    return out;
  }

  private static Reply reply(AgentView view, Outcome outcome, int created) {
    return switch (outcome) {
      case Outcome.Done d ->
          Reply.json(created, KnownErrorsJson.learned(d.entry(), view.config(), view.stores()));
      case Outcome.Invalid bad -> {
        ObjectNode o = Wire.object().put("error", String.join("; ", bad.problems()));
        ArrayNode problems = o.putArray("problems");
        bad.problems().forEach(problems::add);
        yield Reply.json(422, o);
      }
      case Outcome.AlreadyDecided a -> Reply.error(409, a.reason());
      case Outcome.NotFound n -> Reply.error(404, n.reason());
    };
  }
}
