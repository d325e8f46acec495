package dev.nightshift.app.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code nightshift demo --no-ui} as its own process, as a user starts it, with the environment
 * (the notifiers' secrets) set on the process: a test cannot set its own JVM's environment.
 */
final class DemoRun {

  static final Path ROOT = root();
  private static final Path JAR = ROOT.resolve("app/target/nightshift.jar");
  private static final Path EXAMPLE = ROOT.resolve("examples/freshness-pipeline");
  private static final List<String> CONFIG_FILES =
      List.of("nightshift.yaml", "dependency_tree.yaml", "known_errors.yaml", "policy.yaml");

  private DemoRun() {}

  /** What the demo printed and how it exited. */
  record Result(int exit, String output) {}

  /**
   * Copies the example's configuration into {@code dir/config} with {@code notifiers} appended to
   * its nightshift.yaml, and the example's demo scenario into {@code dir}, pointed at that config.
   */
  static Path scenario(Path dir, String notifiers) throws IOException {
    Path config = Files.createDirectories(dir.resolve("config"));
    for (String file : CONFIG_FILES) {
      Files.copy(EXAMPLE.resolve(file), config.resolve(file));
    }
    Files.writeString(
        config.resolve("nightshift.yaml"),
        Files.readString(config.resolve("nightshift.yaml")) + "\n" + notifiers);
    String demo = Files.readString(EXAMPLE.resolve("demo.yaml"));
    if (!demo.contains("\nconfig: .\n")) {
      throw new IllegalStateException("the example's demo.yaml no longer says 'config: .'");
    }
    Path scenario = dir.resolve("demo.yaml");
    Files.writeString(scenario, demo.replace("\nconfig: .\n", "\nconfig: config\n"));
    return scenario;
  }

  /** Runs the demo as fast as it goes, keeping its incidents and outbox in {@code store}. */
  static Result run(Path scenario, String store, Map<String, String> env, Duration timeout)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = Files.createTempFile(scenario.getParent(), "demo", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-jar",
                JAR.toString(),
                "demo",
                "--no-ui",
                "--speed",
                "0",
                "--quiet-nodes",
                "--scenario",
                scenario.toString(),
                "--store",
                store)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the demo did not end in " + timeout + ":\n" + read(log));
    }
    return new Result(process.exitValue(), read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Stream.iterate(here, p -> p != null, Path::getParent)
        .filter(p -> Files.exists(p.resolve("examples/freshness-pipeline/demo.yaml")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no examples/ above " + here));
  }
}
