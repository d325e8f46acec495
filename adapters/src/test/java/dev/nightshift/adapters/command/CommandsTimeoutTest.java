package dev.nightshift.adapters.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ExecutionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program that overruns its timeout is killed together with the processes it started. */
class CommandsTimeoutTest {

  private static final Duration POLL_LIMIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void killsTheWholeProcessTreeWhenTheTimeoutPasses() throws Exception {
    // The shell is a fixture here only: it starts a child (sleep) and writes its pid, so that the
    // test can see the child die with its parent.
    Commands commands = Commands.allowing(Set.of("sh"), Duration.ofSeconds(5));
    Path pidFile = dir.resolve("child.pid");
    String script = "sleep 30 & echo $! > " + pidFile + "; echo started; wait";

    ExecutionResult result = commands.run(List.of("/bin/sh", "-c", script), Duration.ofSeconds(1));

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "/bin/sh timed out after 1s and was killed with its descendants: started", true));
    long child = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(awaitGone(child)).as("sleep (pid %d) is still running", child).isTrue();
  }

  @Test
  void aProgramThatOverrunsIsATimeoutEvenWithoutChildren() {
    Commands commands = Commands.allowing(Set.of("sleep"), Duration.ofMillis(300));

    ExecutionResult result = commands.run(List.of("sleep", "30"), Duration.ofMillis(300));

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "sleep timed out after 300ms and was killed with its descendants", true));
  }

  /**
   * Whether the process is gone or dead: a killed orphan stays a zombie until PID 1 reaps it, which
   * some container inits do late or never, so a zombie counts as gone.
   */
  private static boolean awaitGone(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) || isZombie(pid)) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
    } catch (IOException e) {
      return true;
    }
  }
}
