package dev.nightshift.adapters.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLI contract test: there is no Docker engine here, so a stub {@code docker} executable records
 * the argument array it was given and answers as told; the test checks the exact command lines the
 * adapter sends and how it reads the CLI's exit codes.
 */
class DockerCliContractTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Set<String> ALLOWED = Set.of("redis-cli");
  private static final String STUB =
      """
      #!/bin/sh
      dir=$(dirname "$0")
      for arg in "$@"; do printf '%s\\n' "$arg"; done > "$dir/argv"
      if [ -f "$dir/stdout" ]; then cat "$dir/stdout"; fi
      if [ -f "$dir/hang" ]; then sleep 30; fi
      if [ -f "$dir/exit" ]; then exit "$(cat "$dir/exit")"; fi
      exit 0
      """;

  @TempDir Path dir;
  private Path stub;

  @BeforeEach
  void writeStub() throws IOException {
    stub = dir.resolve("docker");
    Files.writeString(stub, STUB);
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void execRunsTheAllowedProgramInTheContainerAsAnArgumentArray() throws IOException {
    answer(0, "OK\n");

    ExecutionResult result =
        cli(Optional.empty())
            .execute(exec("redis", "redis-cli", "CONFIG", "SET", "activedefrag", "yes"));

    assertThat(recordedArgv())
        .containsExactly("exec", "redis", "redis-cli", "CONFIG", "SET", "activedefrag", "yes");
    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Succeeded(
                "exec redis-cli in container redis: " + stub + " exited 0: OK"));
  }

  @Test
  void namesTheEngineHostBeforeTheSubcommand() throws IOException {
    cli(Optional.of("tcp://10.0.0.5:2376")).execute(exec("redis", "redis-cli", "PING"));

    assertThat(recordedArgv())
        .containsExactly("-H", "tcp://10.0.0.5:2376", "exec", "redis", "redis-cli", "PING");
  }

  @Test
  void restartGivesTheContainerTenSecondsToStop() throws IOException {
    answer(0, "redis\n");

    ExecutionResult result = cli(Optional.empty()).execute(restart("redis"));

    assertThat(recordedArgv()).containsExactly("restart", "--time", "10", "redis");
    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Succeeded("restart container redis: " + stub + " exited 0: redis"));
  }

  @Test
  void aFailingCliIsAFailureWithWhatItPrinted() throws IOException {
    answer(1, "Error response from daemon: No such container: redis\n");

    ExecutionResult result = cli(Optional.empty()).execute(restart("redis"));

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "restart container redis: "
                    + stub
                    + " exited 1: Error response from daemon: No such container: redis",
                false));
  }

  @Test
  void aCliThatHangsIsKilledAndMayBeRetried() throws IOException {
    Files.writeString(dir.resolve("hang"), "");
    DockerCli cli =
        DockerCli.using(stub.toString(), Optional.empty(), ALLOWED, Duration.ofMillis(500));

    ExecutionResult result = cli.execute(exec("redis", "redis-cli", "PING"));

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "exec redis-cli in container redis: "
                    + stub
                    + " timed out after 500ms and was killed with its descendants",
                true));
  }

  @Test
  void refusesToExecAProgramOutsideTheAllowListWithoutCallingDocker() {
    ExecutionResult result = cli(Optional.empty()).execute(exec("redis", "sh", "-c", "rm -rf /"));

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "exec sh in container redis refused: program 'sh' is not in the command"
                    + " allow-list",
                false));
    assertThat(dir.resolve("argv")).doesNotExist();
  }

  @Test
  void refusesAContainerNameThatCouldBeReadAsAnOptionWithoutCallingDocker() {
    ExecutionResult exec = cli(Optional.empty()).execute(exec("--privileged", "redis-cli"));
    ExecutionResult restart = cli(Optional.empty()).execute(restart("redis;reboot"));

    assertThat(exec)
        .isEqualTo(
            new ExecutionResult.Failed(
                "exec redis-cli in container --privileged refused: container name"
                    + " '--privileged' does not match [a-zA-Z0-9][a-zA-Z0-9_.-]* (letters,"
                    + " digits, _ . -)",
                false));
    assertThat(restart.detail()).startsWith("restart container redis;reboot refused:");
    assertThat(dir.resolve("argv")).doesNotExist();
  }

  @Test
  void aMissingDockerBinaryIsAFailureSayingSo() {
    Path missing = dir.resolve("bin").resolve("docker");
    DockerCli cli = DockerCli.using(missing.toString(), Optional.empty(), ALLOWED, TIMEOUT);

    ExecutionResult result = cli.execute(restart("redis"));

    assertThat(result)
        .isEqualTo(
            new ExecutionResult.Failed(
                "restart container redis: program "
                    + missing
                    + " does not exist or is not executable",
                false));
  }

  @Test
  void rejectsAMalformedHostOrBinary() {
    assertThatThrownBy(() -> DockerCli.using("docker", Optional.of("-v /:/host"), ALLOWED, TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a docker host is unix://, tcp:// or ssh:// followed by an address, not '-v /:/host'");
    assertThatThrownBy(() -> DockerCli.using("bin/docker", Optional.empty(), ALLOWED, TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private DockerCli cli(Optional<String> host) {
    return DockerCli.using(stub.toString(), host, ALLOWED, TIMEOUT);
  }

  private void answer(int exit, String stdout) throws IOException {
    Files.writeString(dir.resolve("exit"), Integer.toString(exit));
    Files.writeString(dir.resolve("stdout"), stdout);
  }

  private List<String> recordedArgv() throws IOException {
    return Files.readAllLines(dir.resolve("argv"));
  }

  private static DockerExec exec(String container, String... command) {
    return new DockerExec(
        Target.of(Optional.empty(), "container", container),
        container,
        List.of(command),
        ActionClass.CONFIG_TWEAK,
        Optional.empty());
  }

  private static DockerRestart restart(String container) {
    return new DockerRestart(
        Target.of(Optional.empty(), "container", container), container, Optional.empty());
  }
}
