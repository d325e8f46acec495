package dev.nightshift.app.config.yaml;

import java.util.Objects;

/**
 * One thing wrong (or worth a warning) in the configuration, printed as {@code FILE:LINE: PATH:
 * message}.
 *
 * @param path the YAML path of the value concerned, e.g. {@code metrics.x.depends_on[0].node};
 *     empty when the problem concerns the whole document
 */
public record Problem(Level level, Source source, String path, String message) {

  /** Errors stop the agent from starting; warnings are printed and the agent runs. */
  public enum Level {
    ERROR,
    WARNING
  }

  public Problem {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return level == Level.ERROR;
  }

  /** The line users read: {@code file:line: path: message}, warnings marked as such. */
  public String format() {
    StringBuilder out = new StringBuilder(source.toString()).append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    if (level == Level.WARNING) {
      out.append("warning: ");
    }
    return out.append(message).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
