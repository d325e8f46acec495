package dev.nightshift.adapters.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.nightshift.core.reasoning.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/** The toolbox's tools and the final-answer tool, as the JSON schemas a provider is sent. */
final class ToolSchemas {

  static final String SUBMIT = "submit_hypothesis";

  private ToolSchemas() {}

  static List<ToolSpecification> of(List<ToolSpec> specs) {
    List<ToolSpecification> out = new ArrayList<>();
    specs.forEach(spec -> out.add(tool(spec)));
    out.add(submit());
    return List.copyOf(out);
  }

  private static ToolSpecification tool(ToolSpec spec) {
    JsonObjectSchema.Builder params = JsonObjectSchema.builder();
    spec.parameters().forEach(p -> params.addStringProperty(p.name(), p.description()));
    params.required(
        spec.parameters().stream()
            .filter(ToolSpec.Param::required)
            .map(ToolSpec.Param::name)
            .toList());
    return ToolSpecification.builder()
        .name(spec.name())
        .description(spec.description())
        .parameters(params.build())
        .build();
  }

  static ToolSpecification submit() {
    JsonObjectSchema action =
        JsonObjectSchema.builder()
            .description("The one fix to propose, from the action types listed; omit for none.")
            .addStringProperty("type", "an action type from the list, e.g. restart")
            .addStringProperty("node", "the node id it acts on, a node of the walked path")
            .addProperty(
                "parameters",
                JsonObjectSchema.builder()
                    .description("the action's fields, each a string or a list of strings")
                    .additionalProperties(true)
                    .build())
            .required("type")
            .build();
    JsonObjectSchema parameters =
        JsonObjectSchema.builder()
            .addStringProperty("root_cause", "the node id of the root cause, from the walked path")
            .addStringProperty("explanation", "why, in a few sentences")
            .addProperty(
                "evidence", strings("each item quotes tool output or the brief in \"...\""))
            .addProperty("action", action)
            .addStringProperty(
                "metric_condition", "a condition on a metric that shows this failure, if any")
            .addProperty("next_steps", strings("what a human should check or do"))
            .addProperty(
                "confidence",
                JsonNumberSchema.builder().description("your own estimate, 0 to 1").build())
            .required("root_cause", "explanation", "evidence")
            .build();
    return ToolSpecification.builder()
        .name(SUBMIT)
        .description("Submits your final answer. Call it exactly once, when you are done.")
        .parameters(parameters)
        .build();
  }

  private static JsonArraySchema strings(String description) {
    return JsonArraySchema.builder()
        .description(description)
        .items(JsonStringSchema.builder().build())
        .build();
  }
}
