package dev.nightshift.app.cli;

import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.drill.ScenarioFiles;
import dev.nightshift.app.drill.ScenarioReader;
import dev.nightshift.app.drill.ScenarioResult;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.sim.drill.AgentSetup;
import dev.nightshift.sim.drill.DrillRunner;
import dev.nightshift.sim.scenario.Scenario;
import dev.nightshift.sim.score.Check;
import dev.nightshift.sim.score.DrillResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightshift drill PATH…}: replays scenarios against the real pipeline and scores them. */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description = {
      "Run scenario files (or every *.yaml in a directory) in the simulator: the real pipeline",
      "against a simulated platform on a virtual clock. Each scenario is scored against its",
      "expectations. With --json, one JSON object per scenario per line on stdout and the",
      "summary on stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every scenario passed",
      "1:a scenario failed its expectations or could not be read",
      "2:usage error"
    })
final class DrillCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "scenario files or directories")
  List<Path> paths;

  @Option(names = "--json", description = "print one JSON object per scenario")
  boolean json;

  @Option(names = "--reports", description = "print each incident's report")
  boolean reports;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScenarioFiles.Found found = ScenarioFiles.expand(paths);
    found.problems().stream().map(Problem::format).forEach(err::println);
    Map<Path, LoadResult> configs = new HashMap<>();
    ScenarioReader reader =
        new ScenarioReader(p ->
            configs.computeIfAbsent(
                p.toAbsolutePath().normalize(), ConfigLoader.withSystemEnvironment()::load));
    int passed = 0;
    int failed = 0;
    for (Path file : found.files()) {
      ScenarioResult read = reader.read(file);
      read.problems().stream().map(Problem::format).forEach(err::println);
      if (!read.isValid()) {
        err.println(file + ": not run: the scenario has errors");
        failed++;
        continue;
      }
      DrillResult result = run(read.scenario().orElseThrow(), read.setup(), out);
      if (result.passed()) {
        passed++;
      } else {
        failed++;
      }
      out.println(json ? Json.write(DrillJson.of(result)) : text(result));
      out.flush();
    }
    int missing = found.problems().size();
    String summary =
        ValidateCommand.plural(passed + failed, "scenario")
            + ": "
            + passed
            + " passed, "
            + failed
            + " failed"
            + (missing == 0 ? "" : ", " + ValidateCommand.plural(missing, "path") + " not found");
    (json ? err : out).println(summary);
    out.flush();
    err.flush();
    return failed == 0 && missing == 0 && passed > 0 ? 0 : 1;
  }

  private DrillResult run(Scenario scenario, AgentSetup setup, PrintWriter out) {
    Notifier notifier =
        reports ? Notifier.onClose((incident, report) -> out.println(report)) : notice -> {};
    return DrillRunner.run(scenario, setup, notifier).result();
  }

  static String text(DrillResult r) {
    StringBuilder line = new StringBuilder(r.passed() ? "PASS " : "FAIL ").append(r.scenario());
    line.append(": ")
        .append(r.detected() ? "detected" : "not detected")
        .append(r.detectionLatency().map(d -> " after " + d.toMillis() / 1000.0 + "s").orElse(""))
        .append(", root cause ")
        .append(r.rootCause().orElse("none"))
        .append(", known error ")
        .append(r.knownError().orElse("none"))
        .append(", actions ")
        .append(r.actions().stream().map(a -> a.type() + " " + a.decision().wireName()).toList())
        .append(r.resolved() ? ", resolved" : "")
        .append(r.escalated() ? ", escalated" : "")
        .append(r.mttr().map(d -> " (MTTR " + d.toMillis() / 1000.0 + "s)").orElse(""))
        .append(", ")
        .append(r.policyViolations())
        .append(" policy violations");
    for (Check c : r.checks()) {
      if (!c.ok()) {
        line.append("\n    ")
            .append(c.name())
            .append(": expected ")
            .append(c.expected())
            .append(", got ")
            .append(c.actual());
      }
    }
    return line.toString();
  }
}
