package dev.nightshift.bench;

/** Just enough of a YAML writer for generated configurations: indented lines and quoting. */
final class Yaml {

  private final StringBuilder text = new StringBuilder(1 << 20);

  void line(int indent, String content) {
    text.repeat(' ', indent).append(content).append('\n');
  }

  /** A single-quoted scalar, which keeps quotes, braces and backslashes as written. */
  static String quote(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
