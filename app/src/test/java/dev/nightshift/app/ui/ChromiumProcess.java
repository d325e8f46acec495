package dev.nightshift.app.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The browser process and its throw-away profile: finds the program, starts it headless on a free
 * DevTools port, opens a page target, and kills the whole process tree at the end.
 */
final class ChromiumProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final int port;

  private ChromiumProcess(Process process, Path profile, int port) {
    this.process = process;
    this.profile = profile;
    this.port = port;
  }

  static ChromiumProcess start() throws IOException {
    Path program =
        find()
            .orElseThrow(() ->
                new AssertionError(
                    "chromium is not installed (looked for $CHROMIUM and "
                        + NAMES
                        + " on PATH): run scripts/install-test-deps.sh"));
    Path profile = Files.createTempDirectory("nightshift-chromium");
    Process process =
        new ProcessBuilder(
                program.toString(),
                "--headless=new",
                "--no-sandbox", // root in a container cannot use the sandbox
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "--window-size=1280,800",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    var started = new ChromiumProcess(process, profile, 0);
    try {
      return new ChromiumProcess(process, profile, started.devToolsPort());
    } catch (IOException | RuntimeException | Error e) {
      started.close();
      throw e;
    }
  }

  /** Opens a blank page target and returns its DevTools WebSocket address. */
  URI newPage(HttpClient http, Duration timeout) throws IOException {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
            .PUT(HttpRequest.BodyPublishers.noBody())
            .timeout(timeout)
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return URI.create(JSON.readTree(response.body()).get("webSocketDebuggerUrl").asText());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted opening a page", e);
    }
  }

  static Optional<Path> find() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      NAMES.forEach(name -> candidates.add(Path.of(dir, name)));
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** Chromium writes the port it picked (port 0 = any free one) to its profile when it listens. */
  private int devToolsPort() throws IOException {
    Path file = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "chromium exited with "
                + process.exitValue()
                + ": "
                + Files.readString(profile.resolve("chromium.log")));
      }
      List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
      if (lines.size() >= 2) {
        return Integer.parseInt(lines.getFirst().strip());
      }
      pause();
    }
    throw new AssertionError("chromium did not open its DevTools port within " + STARTUP);
  }

  static void pause() {
    try {
      Thread.sleep(50); // test-side polling of an outside process; there is no event to wait on
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() throws IOException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.onExit().orTimeout(STARTUP.toSeconds(), TimeUnit.SECONDS).join();
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
