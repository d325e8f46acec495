package dev.nightshift.adapters.command;

import java.time.Duration;
import java.util.Objects;

/** How one run of a program ended, before it is read as an action result or a health. */
sealed interface Completion {

  /** The program ran to its end with an exit code. */
  record Exited(String program, int code, String output) implements Completion {
    public Exited {
      Objects.requireNonNull(program, "program");
      Objects.requireNonNull(output, "output");
    }
  }

  /** The program outlived its timeout and was killed with its descendants. */
  record TimedOut(String program, Duration timeout, String output) implements Completion {
    public TimedOut {
      Objects.requireNonNull(program, "program");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(output, "output");
    }
  }

  /** The program was not started: refused, not found, or the operating system said no. */
  record NotRun(String reason, boolean retryable) implements Completion {
    public NotRun {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
