package dev.nightshift.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools Protocol, so UI tests can load the real page, click
 * and read it like a person would, with no WebDriver or Node.js. Needs the {@code chromium} program
 * ({@code scripts/install-test-deps.sh} installs it); without it the test fails, saying so.
 */
public final class Chromium implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration CALL = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final DevToolsSession session;

  private Chromium(Process process, Path profile, DevToolsSession session) {
    this.process = process;
    this.profile = profile;
    this.session = session;
  }

  /** Starts a headless browser with one blank page, 1280×800. */
  public static Chromium launch() throws IOException {
    Path program =
        find()
            .orElseThrow(() ->
                new AssertionError(
                    "chromium is not installed (looked for chromium, chromium-browser, google-chrome on PATH):"
                        + " run scripts/install-test-deps.sh"));
    Path profile = Files.createTempDirectory("nightshift-chromium");
    Process process =
        new ProcessBuilder(
                program.toString(),
                "--headless=new",
                "--no-sandbox",
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
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(CALL).build();
      int port = devToolsPort(process, profile);
      var session = DevToolsSession.connect(newPage(http, port), http, CALL);
      var chromium = new Chromium(process, profile, session);
      session.send("Runtime.enable", Map.of());
      session.send("Page.enable", Map.of());
      chromium.viewport(1280, 800, false);
      return chromium;
    } catch (IOException | RuntimeException | Error e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw e;
    }
  }

  /** Loads {@code url} and waits until that document and its scripts are loaded. */
  public void navigate(String url) {
    session.send("Page.navigate", Map.of("url", url));
    String document = quote(url.split("#", 2)[0]);
    waitFor(
        "document.readyState === 'complete' && location.href.split('#')[0] === " + document, CALL);
  }

  /** Runs {@code js} in the page (promises awaited) and returns its value as JSON. */
  public JsonNode evaluate(String js) {
    JsonNode result =
        session.send(
            "Runtime.evaluate",
            Map.of("expression", js, "awaitPromise", true, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      JsonNode details = result.get("exceptionDetails");
      throw new AssertionError(
          "the page threw evaluating `"
              + js
              + "`: "
              + details
                  .path("exception")
                  .path("description")
                  .asText(details.path("text").asText()));
    }
    return result.path("result").path("value");
  }

  /** Clicks the middle of the first element matching {@code css} with real mouse events. */
  public void click(String css) {
    JsonNode box =
        evaluate(
            "(() => { const e = document.querySelector("
                + quote(css)
                + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
    if (box.isNull() || box.isMissingNode()) {
      throw new AssertionError("nothing to click: no element matches " + css);
    }
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      session.send(
          "Input.dispatchMouseEvent",
          Map.of(
              "type",
              type,
              "x",
              box.get("x").asDouble(),
              "y",
              box.get("y").asDouble(),
              "button",
              "left",
              "clickCount",
              1));
    }
  }

  /** Polls {@code jsCondition} until it is truthy; fails with the page's console errors if not. */
  public void waitFor(String jsCondition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!evaluate("Boolean(" + jsCondition + ")").asBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "still false after "
                + timeout
                + ": "
                + jsCondition
                + "; console errors: "
                + consoleErrors());
      }
      pause();
    }
  }

  /** Sets the viewport, e.g. 390×844 for a phone. */
  public void viewport(int width, int height, boolean mobile) {
    session.send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Saves what the page shows as a PNG. */
  public void screenshot(Path png) {
    JsonNode shot = session.send("Page.captureScreenshot", Map.of("format", "png"));
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the screenshot " + png, e);
    }
  }

  /** Every console.error/assert and uncaught exception since launch, in order. */
  public List<String> consoleErrors() {
    return session.consoleErrors();
  }

  @Override
  public void close() throws IOException {
    session.close();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.onExit().orTimeout(CALL.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  static Optional<Path> find() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(Path.of(dir, name));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** Chromium writes the port it picked (port 0 = any free one) to its profile when it listens. */
  private static int devToolsPort(Process process, Path profile) throws IOException {
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

  private static URI newPage(HttpClient http, int port) throws IOException {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
            .PUT(HttpRequest.BodyPublishers.noBody())
            .timeout(CALL)
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return URI.create(JSON.readTree(response.body()).get("webSocketDebuggerUrl").asText());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted opening a page", e);
    }
  }

  private static String quote(String text) {
    return JSON.valueToTree(text).toString();
  }

  private static void pause() {
    try {
      Thread.sleep(50); // test-side polling of an outside process; no clock to inject here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
