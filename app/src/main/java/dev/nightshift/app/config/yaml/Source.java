package dev.nightshift.app.config.yaml;

import java.util.Objects;

/**
 * Where something was written: a file as the user named it, and a 1-based line and column (0 when
 * the problem concerns the whole file).
 */
public record Source(String file, int line, int column) {

  public Source {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /** The whole file, for problems that have no line (a missing or unreadable file). */
  public static Source file(String file) {
    return new Source(file, 0, 0);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
