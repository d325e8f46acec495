package dev.nightshift.adapters.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts one program from an argument array and waits for it within a timeout: stdin closed, stdout
 * and stderr read together by a virtual thread, the whole process tree killed on timeout.
 */
final class ProcessRun {

  /**
   * How long to wait for the output to end after the process did: a descendant that escaped the
   * kill may keep the pipe open, and must not hold the caller beyond its timeout for long.
   */
  private static final Duration OUTPUT_GRACE = Duration.ofSeconds(2);

  private ProcessRun() {}

  /**
   * Runs {@code argv}, whose program resolved to {@code executable}, for at most {@code timeout}.
   */
  static Completion run(Path executable, List<String> argv, Duration timeout) {
    String program = argv.getFirst();
    List<String> command = new ArrayList<>(argv);
    command.set(0, executable.toString());
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Completion.NotRun("cannot start " + program + ": " + e.getMessage(), false);
    }
    OutputTail tail = new OutputTail();
    Thread reader =
        Thread.ofVirtual()
            .name("output-" + program)
            .start(() -> tail.drain(process.getInputStream()));
    try {
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        killTree(process);
        reader.join(OUTPUT_GRACE);
        return new Completion.TimedOut(program, timeout, tail.text());
      }
      reader.join(OUTPUT_GRACE);
      return new Completion.Exited(program, process.exitValue(), tail.text());
    } catch (IOException e) {
      killTree(process);
      return new Completion.NotRun("cannot close the input of " + program + ": " + e, true);
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      return new Completion.NotRun(program + " was interrupted and killed", true);
    }
  }

  /**
   * Kills the process and every descendant at once (SIGKILL): a command that outlived its timeout
   * has had its chance, and a grace period would stretch the bound the caller was promised.
   */
  private static void killTree(Process process) {
    killTree(process.toHandle());
    try {
      process.waitFor(OUTPUT_GRACE.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Children are listed before their parent dies, since orphans are no longer its descendants, and
   * the parent dies before its children so that it cannot start new ones meanwhile.
   */
  private static void killTree(ProcessHandle handle) {
    List<ProcessHandle> children = handle.children().toList();
    handle.destroyForcibly();
    children.forEach(ProcessRun::killTree);
  }
}
