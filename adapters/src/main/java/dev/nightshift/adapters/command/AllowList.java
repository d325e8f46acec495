package dev.nightshift.adapters.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The programs the agent may start, by name: a bare name is looked up on {@code PATH}, an absolute
 * path is allowed when its file name is on the list. Arguments are checked too, since a NUL or a
 * line break in an argument is never meant and may confuse the program or its logs.
 */
final class AllowList {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
  private static final Pattern FORBIDDEN_IN_ARGUMENT = Pattern.compile("[\\x00\\r\\n]");

  private final Set<String> names;

  AllowList(Set<String> names) {
    this.names = Set.copyOf(names);
    for (String name : this.names) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "an allowed program is a bare name like 'redis-cli', not '" + name + "'");
      }
    }
  }

  /** Whether {@code program} (a bare name or an absolute path) names an allowed program. */
  boolean allows(String program) {
    return name(program).filter(names::contains).isPresent();
  }

  /** Why {@code argv} may not run, or empty when it may. */
  Optional<String> refusal(List<String> argv) {
    if (argv.isEmpty()) {
      return Optional.of("no program given");
    }
    String program = argv.getFirst();
    if (name(program).isEmpty()) {
      return Optional.of(
          "program '" + printable(program) + "' is neither a bare name nor an absolute path");
    }
    if (!allows(program)) {
      return Optional.of(
          "program '" + program + "' is not in the allow-list " + names.stream().sorted().toList());
    }
    for (int i = 1; i < argv.size(); i++) {
      if (FORBIDDEN_IN_ARGUMENT.matcher(argv.get(i)).find()) {
        return Optional.of("argument " + i + " of " + program + " contains a NUL or a line break");
      }
    }
    return Optional.empty();
  }

  /** The executable {@code program} stands for, or empty when there is none. */
  static Optional<Path> resolve(String program) {
    if (program.startsWith("/")) {
      return Optional.of(Path.of(program)).filter(AllowList::runnable);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(":"))
        // A relative PATH entry would make the program depend on the agent's working directory.
        .filter(dir -> dir.startsWith("/"))
        .map(dir -> Path.of(dir, program))
        .filter(AllowList::runnable)
        .findFirst();
  }

  private static boolean runnable(Path file) {
    return Files.isRegularFile(file) && Files.isExecutable(file);
  }

  /** The bare name a program is allow-listed under, or empty when it is not a valid program. */
  static Optional<String> name(String program) {
    if (NAME.matcher(program).matches()) {
      return Optional.of(program);
    }
    if (!program.startsWith("/") || FORBIDDEN_IN_ARGUMENT.matcher(program).find()) {
      return Optional.empty();
    }
    Path fileName = Path.of(program).normalize().getFileName();
    return Optional.ofNullable(fileName)
        .map(Path::toString)
        .filter(name -> NAME.matcher(name).matches());
  }

  private static String printable(String text) {
    return FORBIDDEN_IN_ARGUMENT.matcher(text).replaceAll("?");
  }
}
