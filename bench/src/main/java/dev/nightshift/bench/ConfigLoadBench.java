package dev.nightshift.bench;

import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and fully validating a 1 000-node configuration directory (the generated platform with
 * {@value GeneratedConfig#KNOWN_ERRORS} known errors), the work {@code nightshift validate} and
 * every agent start-up do: reading four files, parsing YAML, building and checking the tree, the
 * known errors against it and the policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConfigLoadBench {

  private Path dir;

  /** Writes the configuration and checks it loads without a problem, so the real path is timed. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Generated platform = Generated.platform();
    dir = Files.createTempDirectory("nightshift-bench-");
    GeneratedConfig.write(platform, dir);
    GeneratedConfig.loadValid(platform, dir);
    Path tree = dir.resolve("dependency_tree.yaml");
    Path errors = dir.resolve("known_errors.yaml");
    System.out.printf(
        "%nconfig: dependency_tree.yaml %d lines (%d KiB), known_errors.yaml %d lines (%d KiB)%n",
        Files.readAllLines(tree).size(),
        Files.size(tree) / 1024,
        Files.readAllLines(errors).size(),
        Files.size(errors) / 1024);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    GeneratedConfig.delete(dir);
  }

  @Benchmark
  public LoadResult load() {
    return new ConfigLoader(name -> Optional.empty()).load(dir);
  }
}
