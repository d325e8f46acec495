package dev.nightshift.core.remediation;

import java.util.List;
import java.util.Objects;

/** Checks shared by the actions that run a program: an argument array, never a shell string. */
final class Argv {

  private Argv() {}

  static List<String> require(List<String> argv, String what) {
    List<String> copy = List.copyOf(argv);
    if (copy.isEmpty() || copy.getFirst().isBlank()) {
      throw new IllegalArgumentException(what + " needs a program");
    }
    return copy;
  }

  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " cannot be blank");
    }
    return value;
  }
}
