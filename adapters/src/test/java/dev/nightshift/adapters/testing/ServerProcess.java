package dev.nightshift.adapters.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real server program started for a test in its own directory, its output in a log file, stopped
 * (and its process tree with it) on close. Failures say what the program printed.
 */
public final class ServerProcess implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final int TAIL_CHARS = 4000;

  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code argv} in {@code dir}, stdout and stderr into {@code dir/<name>.log}. */
  public static ServerProcess start(
      String name, List<String> argv, Path dir, Map<String, String> env) {
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(argv)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    try {
      return new ServerProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + argv, e);
    }
  }

  public static ServerProcess start(String name, List<String> argv, Path dir) {
    return start(name, argv, dir, Map.of());
  }

  /** Waits until something accepts connections on 127.0.0.1:{@code port}. */
  public ServerProcess awaitPort(int port, Duration timeout) {
    return await("port " + port + " to accept connections", timeout, () -> accepts(port));
  }

  /** Waits until {@code ready} holds, failing early with the log if the program exits. */
  public ServerProcess await(String what, Duration timeout, BooleanSupplier ready) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready.getAsBoolean()) {
        return this;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " before " + what + ":\n" + logTail());
      }
      pause();
    }
    throw new IllegalStateException(
        name + ": timed out after " + timeout + " waiting for " + what + ":\n" + logTail());
  }

  public static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public Process process() {
    return process;
  }

  public Path log() {
    return log;
  }

  /** The end of what the program printed, for failure messages. */
  public String logTail() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.length() <= TAIL_CHARS ? text : text.substring(text.length() - TAIL_CHARS);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
