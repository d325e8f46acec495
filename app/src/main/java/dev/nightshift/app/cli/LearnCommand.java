package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.learning.StepText;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.remediation.StepSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nightshift learn INCIDENT --root-cause TEXT --step STEP...}: records what a human did to
 * fix a closed incident no known error explained; it becomes a proposed known error (the signature
 * from what the agent saw), which a human approves before it is used.
 */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description = {
      "Record what fixed a closed incident; it becomes a proposed known error to approve.",
      "STEP: " + StepText.SYNTAX
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:proposed",
      "1:unknown or open incident, a step the catalog refuses, or the API refused",
      "2:usage"
    })
final class LearnCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INCIDENT", description = "the incident's number")
  long incident;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "configuration (for its store and catalog); not needed with --api")
  Path location;

  @Option(
      names = "--root-cause",
      required = true,
      paramLabel = "TEXT",
      description = "what was wrong")
  String rootCause;

  @Option(
      names = "--step",
      required = true,
      paramLabel = "STEP",
      description = "a step that fixed it, in order; repeat for more")
  List<String> steps = new ArrayList<>();

  @Option(
      names = "--metric-condition",
      paramLabel = "EXPR",
      description = "the condition that deviated, e.g. 'kafka_consumer_group_lag > 10000'")
  String metricCondition;

  @Option(
      names = {"--by", "--as"},
      paramLabel = "NAME",
      description = "who says so (default: $USER); through the API the token's name is recorded")
  String by;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Mixin ApiOptions api;

  @Override
  public Integer call() {
    List<StepSpec> specs = specs();
    return LearningAccess.run(
        spec.commandLine(),
        api,
        location,
        remote -> done(remote.post("api/v1/incidents/" + incident + "/fix", body(specs))),
        local ->
            LearningAccess.of(
                local
                    .desk()
                    .recordFix(
                        incident,
                        rootCause,
                        specs,
                        Optional.ofNullable(metricCondition),
                        LearningAccess.actor(by)),
                e -> json ? Json.write(local.json(e)) : line(e)));
  }

  private List<StepSpec> specs() {
    List<StepSpec> out = new ArrayList<>();
    for (String text : steps) {
      switch (StepText.parse(text)) {
        case Checked.Ok<StepSpec> ok -> out.add(ok.value());
        case Checked.Invalid<StepSpec> bad ->
            throw new CommandLine.ParameterException(
                spec.commandLine(), "--step '" + text + "': " + String.join("; ", bad.problems()));
      }
    }
    return out;
  }

  private ObjectNode body(List<StepSpec> specs) {
    ObjectNode body = Json.object().put("root_cause", rootCause);
    var array = body.putArray("steps");
    for (StepSpec s : specs) {
      ObjectNode step = array.addObject().put("action", s.type());
      s.node().ifPresent(n -> step.put("node", n.value()));
      s.params()
          .forEach((name, value) -> {
            if (value instanceof List<?> list) {
              list.forEach(v -> step.withArray(name).add(v.toString()));
            } else {
              step.put(name, value.toString());
            }
          });
    }
    if (metricCondition != null) {
      body.put("metric_condition", metricCondition);
    }
    return body;
  }

  private LearningAccess.Result done(JsonNode e) {
    return LearningAccess.Result.ok(
        json
            ? Json.write(e)
            : "proposed "
                + e.path("id").asText()
                + " from incident "
                + incident
                + "; approve it with 'nightshift known-errors approve "
                + e.path("id").asText()
                + "'");
  }

  private String line(LearnedKnownError e) {
    return "proposed "
        + e.id()
        + " from incident "
        + incident
        + "; approve it with 'nightshift known-errors approve "
        + e.id()
        + "'";
  }
}
