package dev.nightshift.bench;

import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.drill.ScenarioFiles;
import dev.nightshift.app.drill.ScenarioReader;
import dev.nightshift.app.drill.ScenarioResult;
import dev.nightshift.sim.drill.AgentSetup;
import dev.nightshift.sim.drill.DrillRun;
import dev.nightshift.sim.drill.DrillRunner;
import dev.nightshift.sim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drill throughput (issue 3: at least 1 000 simulated incidents per minute on a 2-core machine):
 * one operation runs every drill of {@code examples/freshness-pipeline/drills} through the real
 * pipeline on the simulator, scoring included. Setup prints how many incidents one pass opens;
 * incidents per minute = passes per second × that × 60. The scenarios are read once, as {@code
 * nightshift drill} reads them once per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DrillBench {

  private final List<Scenario> scenarios = new ArrayList<>();
  private final List<AgentSetup> setups = new ArrayList<>();

  @Setup(Level.Trial)
  public void setUp() {
    Path dir = drills();
    ScenarioReader reader = new ScenarioReader(ConfigLoader.withSystemEnvironment()::load);
    for (Path file : ScenarioFiles.expand(List.of(dir)).files()) {
      ScenarioResult read = reader.read(file);
      if (!read.isValid()) {
        throw new IllegalStateException(file + " does not read: " + read.errors());
      }
      scenarios.add(read.scenario().orElseThrow());
      setups.add(read.setup());
    }
    int incidents = 0;
    int passed = 0;
    for (int i = 0; i < scenarios.size(); i++) {
      DrillRun run = DrillRunner.run(scenarios.get(i), setups.get(i), notice -> {});
      incidents += run.incidents().size();
      passed += run.result().passed() ? 1 : 0;
    }
    System.out.printf(
        "%none pass: %d scenarios (%d passed), %d incidents%n",
        scenarios.size(), passed, incidents);
  }

  private static Path drills() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("examples/freshness-pipeline/drills");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "run from the repository: examples/freshness-pipeline/drills not found");
  }

  @Benchmark
  public int allDrills() {
    int incidents = 0;
    for (int i = 0; i < scenarios.size(); i++) {
      incidents +=
          DrillRunner.run(scenarios.get(i), setups.get(i), notice -> {}).incidents().size();
    }
    return incidents;
  }
}
