package dev.nightshift.adapters.supervisor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks process and group names before they reach supervisord. A process name is {@code
 * group:process} or {@code process}; "group:" and "group:*" are refused because supervisord reads
 * them as the whole group, which only {@code restartGroup} may touch.
 */
final class Names {

  private static final String PART = "[A-Za-z0-9_.-]{1,128}";
  private static final Pattern PROCESS = Pattern.compile(PART + "(:" + PART + ")?");
  private static final Pattern GROUP = Pattern.compile(PART);
  private static final int SHOWN_CHARS = 80;

  private Names() {}

  /** Why {@code name} is not a single process's name, or empty when it is one. */
  static Optional<String> processProblem(String name) {
    return PROCESS.matcher(name).matches()
        ? Optional.empty()
        : Optional.of(
            "refused supervisord process name '"
                + shown(name)
                + "': a process is 'group:process' or 'process' of letters, digits, '_', '.', '-'");
  }

  /** Why {@code group} is not a group's name, or empty when it is one. */
  static Optional<String> groupProblem(String group) {
    return GROUP.matcher(group).matches()
        ? Optional.empty()
        : Optional.of(
            "refused supervisord group name '"
                + shown(group)
                + "': a group is letters, digits, '_', '.', '-'");
  }

  /** The name as a report may show it: printable and short. */
  private static String shown(String name) {
    String printable =
        name.codePoints()
            .map(c -> c < 0x20 || c == 0x7f ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return printable.length() <= SHOWN_CHARS
        ? printable
        : printable.substring(0, SHOWN_CHARS) + "…";
  }
}
