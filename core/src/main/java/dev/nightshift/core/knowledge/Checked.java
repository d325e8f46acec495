package dev.nightshift.core.knowledge;

import java.util.List;
import java.util.Objects;

/** What reading a piece of configuration gave: the value, or every problem found with it. */
public sealed interface Checked<T> {

  record Ok<T>(T value) implements Checked<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  record Invalid<T>(List<String> problems) implements Checked<T> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid result names at least one problem");
      }
    }
  }
}
