package dev.nightshift.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code nightshift run} as its own process, as an operator starts it, stopped with SIGTERM. */
final class AgentProcess implements AutoCloseable {

  private static final Path JAR = Platform.ROOT.resolve("app/target/nightshift.jar");

  private final Process process;
  private final Path log;

  private AgentProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static AgentProcess start(Path config, Path reports, Path log) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> argv =
        List.of(
            java,
            "-Xmx256m",
            "-jar",
            JAR.toString(),
            "run",
            config.toString(),
            "--reports",
            reports.toString(),
            "--quiet-nodes");
    try {
      Process p =
          new ProcessBuilder(argv)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      AgentProcess agent = new AgentProcess(p, log);
      agent.awaitLog("ready", Duration.ofMinutes(2));
      return agent;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  void awaitLog(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!log().contains(text)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the agent exited " + process.exitValue() + ":\n" + log());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no '" + text + "' in the agent's output:\n" + log());
      }
      Waits.pause(Duration.ofMillis(100));
    }
  }

  /** Sends SIGTERM and waits for the agent to stop; its exit code. */
  int stop(Duration timeout) {
    process.destroy();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the agent did not stop on SIGTERM:\n" + log());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
