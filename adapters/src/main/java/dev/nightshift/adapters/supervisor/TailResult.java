package dev.nightshift.adapters.supervisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The end of a process's stdout and stderr logs as supervisord keeps them: the log source for a
 * process that only writes to its standard streams.
 */
public sealed interface TailResult {

  /** The last bytes of each stream, starting at a whole line. */
  record Text(String stdout, String stderr) implements TailResult {
    public Text {
      Objects.requireNonNull(stdout, "stdout");
      Objects.requireNonNull(stderr, "stderr");
    }

    /** The non-blank lines, stdout's then stderr's. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (String stream : List.of(stdout, stderr)) {
        stream.lines().filter(l -> !l.isBlank()).forEach(lines::add);
      }
      return List.copyOf(lines);
    }
  }

  record Unavailable(String reason, boolean retryable) implements TailResult {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
