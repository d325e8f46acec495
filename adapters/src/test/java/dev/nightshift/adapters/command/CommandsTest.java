package dev.nightshift.adapters.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.RunCommand;
import dev.nightshift.core.remediation.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real programs run through {@link Commands}: allow-list, arguments, exit codes, bounds. */
class CommandsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Commands commands =
      Commands.allowing(Set.of("echo", "false", "ls", "cat", "seq"), TIMEOUT);

  @TempDir Path dir;

  @Test
  void runsAnAllowedProgramFoundOnPath() {
    ExecutionResult result = commands.run(List.of("echo", "hello", "world"), TIMEOUT);

    assertThat(result).isEqualTo(new ExecutionResult.Succeeded("echo exited 0: hello world"));
  }

  @Test
  void runsAnAbsolutePathWhoseFileNameIsAllowed() {
    ExecutionResult result = commands.run(List.of("/bin/echo", "hello"), TIMEOUT);

    assertThat(result).isEqualTo(new ExecutionResult.Succeeded("/bin/echo exited 0: hello"));
  }

  @Test
  void passesArgumentsVerbatimWithNoShellToInterpretThem() {
    ExecutionResult result =
        commands.run(List.of("echo", "$HOME; touch " + dir.resolve("pwned"), "*", "`id`"), TIMEOUT);

    assertThat(result.detail()).endsWith(": $HOME; touch " + dir.resolve("pwned") + " * `id`");
    assertThat(dir.resolve("pwned")).doesNotExist();
  }

  @Test
  void failsWithoutRetryOnANonZeroExit() {
    ExecutionResult result = commands.run(List.of("/bin/false"), TIMEOUT);

    assertThat(result).isEqualTo(new ExecutionResult.Failed("/bin/false exited 1", false));
  }

  @Test
  void capturesStandardErrorInTheDetail() {
    ExecutionResult result =
        commands.run(List.of("ls", dir.resolve("missing").toString()), TIMEOUT);

    assertThat(result).isInstanceOf(ExecutionResult.Failed.class);
    assertThat(result.detail()).startsWith("ls exited 2: ").contains("No such file or directory");
  }

  @Test
  void refusesAProgramNotInTheAllowListWithoutRunningIt() {
    Path marker = dir.resolve("marker");

    ExecutionResult byName = commands.run(List.of("touch", marker.toString()), TIMEOUT);
    ExecutionResult byPath = commands.run(List.of("/usr/bin/touch", marker.toString()), TIMEOUT);

    assertThat(byName)
        .isEqualTo(
            new ExecutionResult.Failed(
                "program 'touch' is not in the allow-list [cat, echo, false, ls, seq]", false));
    assertThat(byPath.detail()).startsWith("program '/usr/bin/touch' is not in the allow-list");
    assertThat(marker).doesNotExist();
  }

  @Test
  void refusesARelativePathEvenWhenItsNameIsAllowed() {
    ExecutionResult result = commands.run(List.of("./echo", "hi"), TIMEOUT);

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "program './echo' is neither a bare name nor an absolute path", false));
  }

  @Test
  void refusesArgumentsWithANulOrALineBreak() {
    assertThat(commands.run(List.of("echo", "a\nb"), TIMEOUT))
        .isEqualTo(
            new ExecutionResult.Failed("argument 1 of echo contains a NUL or a line break", false));
    assertThat(commands.run(List.of("echo", "ok", "a\u0000b"), TIMEOUT).detail())
        .isEqualTo("argument 2 of echo contains a NUL or a line break");
    assertThat(commands.run(List.of("echo", "a\rb"), TIMEOUT))
        .isInstanceOf(ExecutionResult.Failed.class);
  }

  @Test
  void saysWhenAnAllowedProgramIsNotInstalled() {
    Commands missing = Commands.allowing(Set.of("nightshift-no-such-program"), TIMEOUT);

    assertThat(missing.run(List.of("nightshift-no-such-program"), TIMEOUT))
        .isEqualTo(
            new ExecutionResult.Failed(
                "program 'nightshift-no-such-program' is not found on PATH", false));
    assertThat(missing.run(List.of(dir + "/nightshift-no-such-program"), TIMEOUT).detail())
        .isEqualTo(
            "program "
                + dir
                + "/nightshift-no-such-program does not exist or is not"
                + " executable");
  }

  @Test
  void closesStandardInputSoAProgramReadingItEndsAtOnce() {
    ExecutionResult result = commands.run(List.of("cat"), TIMEOUT);

    assertThat(result).isEqualTo(new ExecutionResult.Succeeded("cat exited 0"));
  }

  @Test
  void keepsOnlyTheTailOfAHugeOutputWithoutBlockingTheProgram() {
    ExecutionResult result = commands.run(List.of("seq", "1", "2000000"), TIMEOUT);

    assertThat(result).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(result.detail())
        .startsWith("seq exited 0: [")
        .contains(" bytes omitted] ")
        .endsWith("1999999\n2000000")
        .hasSizeLessThan(OutputTail.CAPACITY + 100);
  }

  @Test
  void executesCoresCommandActionWithTheDefaultTimeout() {
    RunCommand action =
        new RunCommand(
            Target.of(Optional.empty(), "host", "local"),
            List.of("echo", "defragmented"),
            ActionClass.CONFIG_TWEAK,
            Optional.empty());

    assertThat(commands.execute(action))
        .isEqualTo(new ExecutionResult.Succeeded("echo exited 0: defragmented"));
  }

  @Test
  void rejectsAnAllowListEntryThatIsNotABareProgramName() {
    assertThatThrownBy(() -> Commands.allowing(Set.of("/bin/sh"), TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an allowed program is a bare name like 'redis-cli', not '/bin/sh'");
    assertThatThrownBy(() -> Commands.allowing(Set.of("rm -rf"), TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answersWhetherAProgramIsAllowed() {
    assertThat(commands.allows("echo")).isTrue();
    assertThat(commands.allows("/usr/local/bin/echo")).isTrue();
    assertThat(commands.allows("sh")).isFalse();
    assertThat(commands.allows("bin/echo")).isFalse();
  }
}
