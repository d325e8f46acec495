package dev.nightshift.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar as its own process, as an operator starts it ({@code nightshift run}, or any other
 * command for tests outside this package), its output in a log file, stopped with SIGTERM.
 */
public final class AgentProcess implements AutoCloseable {

  private static final Path JAR = Platform.ROOT.resolve("app/target/nightshift.jar");

  private final Process process;
  private final Path log;

  private AgentProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static AgentProcess start(Path config, Path reports, Path log) {
    return launch(
        List.of("run", config.toString(), "--reports", reports.toString(), "--quiet-nodes"),
        log,
        "ready");
  }

  /**
   * Runs {@code nightshift <arguments>} from the shaded jar with the JDK running this test, output
   * appended to {@code log}, and returns once {@code ready} appears in it.
   */
  public static AgentProcess launch(List<String> arguments, Path log, String ready) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> argv = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", JAR.toString()));
    argv.addAll(arguments);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      Process p =
          new ProcessBuilder(argv)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      AgentProcess agent = new AgentProcess(p, log);
      try {
        agent.awaitLog(ready, Duration.ofMinutes(2));
      } catch (RuntimeException e) {
        agent.close();
        throw e;
      }
      return agent;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  /** Everything the process has written so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Waits until the process has written {@code text}; fails with its output if it exits first. */
  public void awaitLog(String text, Duration timeout) {
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

  /** Kills the process at once, without waiting for it to stop cleanly. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
