package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.run.ReasonerLine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nightshift validate CONFIG}: the start-up check, every problem with file and line. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a configuration directory (or main file) exactly as the agent does before it starts.",
      "Every problem is printed as FILE:LINE: PATH: message; warnings do not fail the check."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:valid (warnings allowed)", "1:errors found", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ConfigOptions config;

  @Override
  public Integer call() {
    LoadResult result = config.load(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    if (config.json) {
      out.println(Json.write(toJson(result)));
    } else {
      result.problems().forEach(p -> out.println(p.format()));
      out.println(summary(result));
      result.config().ifPresent(c -> out.println(ReasonerLine.of(c.agent().llm())));
    }
    out.flush();
    return result.isValid() ? 0 : 1;
  }

  private String summary(LoadResult result) {
    String warnings = plural(result.warnings().size(), "warning");
    return result
        .config()
        .map(c -> config.location + ": valid: " + counts(c) + "; " + warnings)
        .orElse(config.location + ": " + plural(result.errors().size(), "error") + ", " + warnings);
  }

  private static String counts(Config c) {
    return plural(c.tree().slas().size(), "SLA")
        + ", "
        + plural(c.tree().nodes().size(), "node")
        + ", "
        + plural(c.knownErrors().size(), "known error");
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private ObjectNode toJson(LoadResult result) {
    ObjectNode o = Json.object();
    o.put("config", config.location.toString());
    o.put("valid", result.isValid());
    o.set("errors", Json.problems(result.errors()));
    o.set("warnings", Json.problems(result.warnings()));
    result
        .config()
        .ifPresent(c -> {
          o.put("slas", c.tree().slas().size());
          o.put("nodes", c.tree().nodes().size());
          o.put("known_errors", c.knownErrors().size());
          o.put("reasoner", ReasonerLine.of(c.agent().llm()));
        });
    return o;
  }

  /** Prints every error of an invalid configuration, for commands that need a valid one. */
  static void printErrors(LoadResult result, PrintWriter err) {
    result.errors().stream().map(Problem::format).forEach(err::println);
    err.println(
        plural(result.errors().size(), "error") + ": run 'nightshift validate' for details");
    err.flush();
  }
}
