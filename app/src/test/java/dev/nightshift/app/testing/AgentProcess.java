package dev.nightshift.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nightshift run} from the built jar as its own process, as an operator starts it, stopped
 * with SIGTERM; shared by the end-to-end tests so each drives the agent the same way.
 */
public final class AgentProcess implements AutoCloseable {

  private static final Path JAR = jar();
  private static final Duration READY = Duration.ofMinutes(2);
  private static final Pattern API = Pattern.compile("API listening on (\\S+)");

  private final Process process;
  private final Path log;

  private AgentProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code run CONFIG OPTIONS...} with {@code env} added to this JVM's environment, output
   * into {@code log}, and waits until the agent says it is ready (after its first tick, and after
   * the API listens when one is configured).
   */
  public static AgentProcess start(
      Path config, Path log, Map<String, String> env, String... options) {
    List<String> arguments = new ArrayList<>(List.of("run", config.toString()));
    arguments.addAll(List.of(options));
    return launch(arguments, log, env, "ready");
  }

  /**
   * Starts {@code nightshift ARGUMENTS...} (any command: {@code demo}, ...) from the shaded jar
   * with the JDK running this test, and waits until {@code ready} appears in its output.
   */
  public static AgentProcess launch(
      List<String> arguments, Path log, Map<String, String> env, String ready) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> argv = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", JAR.toString()));
    argv.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(argv)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      AgentProcess agent = new AgentProcess(builder.start(), log);
      try {
        agent.awaitLog(ready, READY);
      } catch (RuntimeException e) {
        agent.close();
        throw e;
      }
      return agent;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The last {@code lines} lines of the agent's output, for a failure message. */
  public String logTail(int lines) {
    List<String> all = log().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** Where the API listens, as the agent printed it (so {@code http.port: 0} can be used). */
  public URI apiUrl() {
    Matcher m = API.matcher(log());
    if (!m.find()) {
      throw new IllegalStateException("the agent printed no 'API listening on':\n" + log());
    }
    return URI.create(m.group(1));
  }

  public void awaitLog(String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!log().contains(text)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the agent exited " + process.exitValue() + ":\n" + log());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no '" + text + "' in the agent's output:\n" + log());
      }
      pause(Duration.ofMillis(100));
    }
  }

  /** Sends SIGTERM and waits for the agent to stop; its exit code. */
  public int stop(Duration timeout) {
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

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // The shaded jar `verify` builds before failsafe runs, found from wherever the test runs.
  private static Path jar() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("app/pom.xml"))) {
        return p.resolve("app/target/nightshift.jar");
      }
    }
    throw new IllegalStateException("no app/pom.xml above " + here);
  }
}
