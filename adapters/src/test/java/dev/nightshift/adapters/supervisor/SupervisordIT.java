package dev.nightshift.adapters.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.adapters.testing.Programs;
import dev.nightshift.adapters.testing.ServerProcess;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter against a real supervisord 4, over HTTP and over its unix socket. */
class SupervisordIT {

  private static final String USER = "nightshift";
  private static final String PASSWORD = "s3cret-Pa55word";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final String SLEEPER = "primary:sleeper";
  private static final String TALKER = "primary:talker";

  /**
   * The talker handles SIGTERM (as a JVM or a Python service would), so once SIGSTOPped it would
   * only die by SIGKILL after stopwaitsecs, far beyond the adapter's timeout.
   */
  private static final String TALKER_CODE =
      "import signal,sys,time,itertools;"
          + " signal.signal(signal.SIGTERM, lambda *a: sys.exit(0));"
          + " [(print('line', i), print('oops', i, file=sys.stderr), time.sleep(0.2))"
          + " for i in itertools.count()]";

  @TempDir Path dir;

  private int port;
  private ServerProcess server;
  private Supervisord http;
  private Supervisord unix;

  @BeforeEach
  void startSupervisord() throws IOException {
    port = FreePort.next();
    Path conf = dir.resolve("supervisord.conf");
    Files.writeString(conf, config(port), StandardCharsets.UTF_8);
    server =
        ServerProcess.start(
            "supervisord",
            List.of(Programs.require("supervisord").toString(), "-c", conf.toString()),
            dir);
    server.awaitPort(port, STARTUP);
    http = connect("http://127.0.0.1:" + port + "/RPC2", PASSWORD);
    unix = connect("unix://" + dir.resolve("supervisor.sock"), PASSWORD);
    server.await("both programs RUNNING", STARTUP, () -> isRunning(SLEEPER) && isRunning(TALKER));
  }

  @AfterEach
  void stopSupervisord() throws InterruptedException {
    http.close();
    unix.close();
    shutDown();
    server.close();
  }

  /**
   * SIGTERM to supervisord alone, which stops its programs itself. Signalling the programs at the
   * same time (as a plain close does) races supervisord's autorestart: a program respawned just as
   * supervisord begins to exit can keep it waiting.
   */
  private void shutDown() throws InterruptedException {
    server.process().destroy();
    assertThat(server.process().waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS))
        .as("supervisord exits on SIGTERM:%n%s", server.logTail())
        .isTrue();
  }

  @Test
  void infoDescribesARunningProcess() {
    ProcessInfo sleeper = found(http.info(SLEEPER));

    assertThat(sleeper.group()).isEqualTo("primary");
    assertThat(sleeper.name()).isEqualTo("sleeper");
    assertThat(sleeper.fullName()).isEqualTo(SLEEPER);
    assertThat(sleeper.state()).isEqualTo("RUNNING");
    assertThat(sleeper.pid()).isPresent();
    assertThat(sleeper.description()).startsWith("pid " + sleeper.pid().getAsLong());
    assertThat(sleeper.started()).isPresent();
  }

  @Test
  void aGroupListsOnlyItsOwnProcesses() {
    List<ProcessInfo> primary = found(http.group("primary"));

    assertThat(primary)
        .extracting(ProcessInfo::fullName)
        .containsExactlyInAnyOrder(SLEEPER, TALKER);
    assertThat(http.group("nope")).isInstanceOf(Lookup.NotFound.class);
  }

  @Test
  void stateIsHealthyWhileEveryProcessOfTheGroupRuns() {
    Health health =
        http.state(
            new Healthcheck.SupervisorState(
                Optional.empty(),
                Optional.of("primary"),
                Optional.empty(),
                Set.of("RUNNING"),
                Optional.empty()));

    assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(health.value()).hasValue(0);
    assertThat(health.reason())
        .contains("primary:sleeper is RUNNING (pid ", "primary:talker is RUNNING");
  }

  @Test
  void stateIsUnhealthyAfterAProcessStopsAndSaysSince() {
    assertThat(http.stop(SLEEPER)).isInstanceOf(ExecutionResult.Succeeded.class);

    Health group = http.state(Optional.of("primary"), Optional.empty(), Set.of("RUNNING"));
    Health process = http.state(Optional.of("primary"), Optional.of("sleeper"), Set.of("running"));

    assertThat(group.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(group.value()).hasValue(1);
    assertThat(group.reason())
        .matches(
            "1 of 2 processes not RUNNING: primary:sleeper is STOPPED \\(want RUNNING\\),"
                + " stopped \\d+s ago; primary:talker is RUNNING \\(pid \\d+.*");
    assertThat(process.status()).isEqualTo(HealthStatus.UNHEALTHY);
    assertThat(process.reason()).startsWith("primary:sleeper is STOPPED (want RUNNING), stopped ");
    assertThat(http.state(Optional.empty(), Optional.of(SLEEPER), Set.of("STOPPED")).status())
        .isEqualTo(HealthStatus.HEALTHY);
  }

  @Test
  void restartingOneProcessLeavesItsSiblingAlone() {
    long sleeperPid = pid(SLEEPER);
    long talkerPid = pid(TALKER);

    ExecutionResult result = http.restart(SLEEPER);

    assertThat(result).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(result.detail()).startsWith("restarted primary:sleeper on supervisord at http://");
    assertThat(pid(SLEEPER)).isNotEqualTo(sleeperPid);
    assertThat(pid(TALKER)).isEqualTo(talkerPid);
    assertThat(found(http.info(TALKER)).state()).isEqualTo("RUNNING");
  }

  @Test
  void restartsAProcessFrozenBySigstop() throws Exception {
    long talkerPid = pid(TALKER);
    long sleeperPid = pid(SLEEPER);
    signal("-STOP", talkerPid);
    server.await("talker stopped by SIGSTOP", STARTUP, () -> procState(talkerPid) == 'T');

    long start = System.nanoTime();
    ExecutionResult result = http.restart(TALKER);

    assertThat(result).as(result.detail()).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(2));
    assertThat(pid(TALKER)).isNotEqualTo(talkerPid);
    assertThat(pid(SLEEPER)).isEqualTo(sleeperPid);
  }

  @Test
  void executesCoresSupervisorRestart() {
    long sleeperPid = pid(SLEEPER);
    SupervisorRestart action =
        new SupervisorRestart(
            Target.of(Optional.empty(), "process", SLEEPER),
            Optional.empty(),
            SLEEPER,
            Optional.of("dead consumer"));

    assertThat(http.execute(action)).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(pid(SLEEPER)).isNotEqualTo(sleeperPid);
  }

  @Test
  void startingARunningProcessAndStoppingAStoppedOneAreFine() {
    assertThat(http.start(SLEEPER)).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(http.stop(SLEEPER)).isInstanceOf(ExecutionResult.Succeeded.class);

    ExecutionResult again = http.stop(SLEEPER);

    assertThat(again).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(again.detail()).endsWith(": STOPPED");
    assertThat(http.start(SLEEPER)).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(found(http.info(SLEEPER)).state()).isEqualTo("RUNNING");
  }

  @Test
  void restartingTheWholeGroupIsItsOwnExplicitCall() {
    long sleeperPid = pid(SLEEPER);
    long talkerPid = pid(TALKER);

    ExecutionResult result = http.restartGroup("primary");

    assertThat(result).as(result.detail()).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(result.detail())
        .contains("restarted every process of group primary")
        .contains("primary:sleeper RUNNING", "primary:talker RUNNING");
    assertThat(pid(SLEEPER)).isNotEqualTo(sleeperPid);
    assertThat(pid(TALKER)).isNotEqualTo(talkerPid);
  }

  @Test
  void anUnknownProcessIsAClearFailure() {
    assertThat(http.info("primary:nope"))
        .isEqualTo(
            new Lookup.NotFound<ProcessInfo>(
                "supervisord at http://127.0.0.1:" + port + "/RPC2 has no process 'primary:nope'"));
    assertThat(http.restart("primary:nope"))
        .isEqualTo(
            new ExecutionResult.Failed(
                "supervisord at http://127.0.0.1:" + port + "/RPC2 has no process 'primary:nope'",
                false));
    assertThat(http.state(Optional.of("nope"), Optional.empty(), Set.of("RUNNING")))
        .satisfies(h -> assertThat(h.status()).isEqualTo(HealthStatus.UNKNOWN))
        .satisfies(h -> assertThat(h.reason()).endsWith("has no group 'nope'"));
    assertThat(http.tail("primary:nope", 100)).isInstanceOf(TailResult.Unavailable.class);
  }

  @Test
  void aProcessThatCrashesOnStartFailsWithItsStderr() {
    ExecutionResult result = http.start("crasher");

    assertThat(result).isInstanceOf(ExecutionResult.Failed.class);
    assertThat(((ExecutionResult.Failed) result).retryable()).as(result.detail()).isTrue();
    assertThat(result.detail())
        .startsWith("starting crasher failed: supervisord at http://")
        .containsAnyOf("SPAWN_ERROR: crasher", "ABNORMAL_TERMINATION: crasher")
        .contains("last output: boom: cannot connect to redis");
    server.await("crasher FATAL", STARTUP, () -> state("crasher").equals("FATAL"));
    assertThat(http.state(Optional.empty(), Optional.of("crasher"), Set.of("RUNNING")).reason())
        .startsWith("crasher is FATAL (want RUNNING): Exited too quickly");
  }

  @Test
  void wrongCredentialsAreRefusedWithoutShowingThePassword() {
    String wrong = "wrong-" + PASSWORD;
    for (String url :
        List.of("http://127.0.0.1:" + port, "unix://" + dir.resolve("supervisor.sock"))) {
      try (Supervisord intruder = connect(url, wrong)) {
        Health health = intruder.state(Optional.of("primary"), Optional.empty(), Set.of("RUNNING"));
        ExecutionResult restart = intruder.restart(SLEEPER);

        assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(health.reason()).contains("refused the credentials (HTTP 401)");
        assertThat(restart).isInstanceOf(ExecutionResult.Failed.class);
        assertThat(health.reason() + restart.detail() + intruder)
            .doesNotContain(wrong)
            .doesNotContain(PASSWORD);
      }
    }
  }

  @Test
  void theUnixSocketDoesTheSameCalls() {
    long talkerPid = pid(TALKER);
    long sleeperPid = found(unix.info(SLEEPER)).pid().getAsLong();

    assertThat(unix.state(Optional.of("primary"), Optional.empty(), Set.of("RUNNING")).status())
        .isEqualTo(HealthStatus.HEALTHY);
    ExecutionResult restart = unix.restart(SLEEPER);

    assertThat(restart).as(restart.detail()).isInstanceOf(ExecutionResult.Succeeded.class);
    assertThat(restart.detail()).startsWith("restarted primary:sleeper on supervisord at unix://");
    assertThat(found(unix.info(SLEEPER)).pid().getAsLong()).isNotEqualTo(sleeperPid);
    assertThat(found(unix.info(TALKER)).pid().getAsLong()).isEqualTo(talkerPid);
    assertThat(unix.tail(TALKER, 2000))
        .isInstanceOfSatisfying(
            TailResult.Text.class, t -> assertThat(t.stdout()).contains("line "));
  }

  @Test
  void tailReturnsWhatTheProgramPrintedOnEachStream() {
    server.await(
        "a few lines",
        STARTUP,
        () ->
            http.tail(TALKER, 4000) instanceof TailResult.Text t
                && t.stdout().contains("line 3")
                && t.stderr().contains("oops 3"));

    TailResult.Text text = (TailResult.Text) http.tail(TALKER, 20);

    assertThat(text.stdout()).matches("(line \\d+\n)*");
    assertThat(text.stderr()).matches("(oops \\d+\n)*");
    assertThat(text.lines()).allMatch(l -> l.startsWith("line ") || l.startsWith("oops "));
  }

  @Test
  void aStoppedSupervisordIsUnknownNeverHealthy() throws InterruptedException {
    shutDown();

    for (Supervisord supervisord : List.of(http, unix)) {
      Health health =
          supervisord.state(Optional.of("primary"), Optional.empty(), Set.of("RUNNING"));

      assertThat(health.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(health.reason()).contains("supervisord at ");
      assertThat(supervisord.restart(SLEEPER))
          .isInstanceOfSatisfying(
              ExecutionResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
      assertThat(supervisord.tail(TALKER, 100)).isInstanceOf(TailResult.Unavailable.class);
    }
  }

  private static String config(int port) {
    String here = "%(here)s";
    return String.join(
        "\n",
        "[supervisord]",
        "nodaemon=true",
        "logfile=" + here + "/supervisord.log",
        "pidfile=" + here + "/supervisord.pid",
        "childlogdir=" + here,
        "",
        "[unix_http_server]",
        "file=" + here + "/supervisor.sock",
        "chmod=0700",
        "username=" + USER,
        "password=" + PASSWORD,
        "",
        "[inet_http_server]",
        "port=127.0.0.1:" + port,
        "username=" + USER,
        "password=" + PASSWORD,
        "",
        "[rpcinterface:supervisor]",
        "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface",
        "",
        "[group:primary]",
        "programs=sleeper,talker",
        "",
        "[program:sleeper]",
        "command=/bin/sleep 1000",
        "startsecs=1",
        "stopwaitsecs=30",
        "",
        "[program:talker]",
        "command=/usr/bin/python3 -u -c \"" + TALKER_CODE + "\"",
        "startsecs=1",
        "stopwaitsecs=30",
        "",
        "[program:crasher]",
        "command=/usr/bin/python3 -c \"import sys; sys.exit('boom: cannot connect to redis')\"",
        "autostart=false",
        "autorestart=false",
        "startsecs=1",
        "startretries=0",
        "");
  }

  private static Supervisord connect(String url, String password) {
    return Supervisord.connect(
        new Endpoint(URI.create(url), TIMEOUT, Optional.of(USER), Optional.of(password)));
  }

  private boolean isRunning(String name) {
    return http.info(name) instanceof Lookup.Found<ProcessInfo> f
        && f.value().state().equals("RUNNING");
  }

  private String state(String name) {
    return found(http.info(name)).state();
  }

  private long pid(String name) {
    return found(http.info(name)).pid().orElseThrow();
  }

  private static <T> T found(Lookup<T> lookup) {
    assertThat(lookup).isInstanceOf(Lookup.Found.class);
    return ((Lookup.Found<T>) lookup).value();
  }

  private static void signal(String signal, long pid) throws Exception {
    Process kill = new ProcessBuilder("/bin/kill", signal, String.valueOf(pid)).start();
    assertThat(kill.waitFor()).isZero();
  }

  /** The state letter in /proc/PID/stat: 'T' for a process stopped by a signal. */
  private static char procState(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2);
    } catch (IOException e) {
      return '?';
    }
  }
}
