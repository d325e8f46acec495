package dev.nightshift.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium driven over the DevTools Protocol, so UI tests can load the real page, click
 * and read it like a person would, with no WebDriver or Node.js. Needs the {@code chromium} program
 * ({@code scripts/install-test-deps.sh} installs it); without it the test fails, saying so.
 */
public final class Chromium implements AutoCloseable {

  private static final Duration CALL = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChromiumProcess process;
  private final DevToolsSession session;

  private Chromium(ChromiumProcess process, DevToolsSession session) {
    this.process = process;
    this.session = session;
  }

  /** Starts a headless browser with one blank page, 1280×800. */
  public static Chromium launch() throws IOException {
    ChromiumProcess process = ChromiumProcess.start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(CALL).build();
      var session = DevToolsSession.connect(process.newPage(http, CALL), http, CALL);
      var chromium = new Chromium(process, session);
      session.send("Runtime.enable", Map.of());
      session.send("Page.enable", Map.of());
      chromium.viewport(1280, 800, false);
      return chromium;
    } catch (IOException | RuntimeException | Error e) {
      process.close();
      throw e;
    }
  }

  /** Loads {@code url} and waits until that document and its scripts are loaded. */
  public void navigate(String url) {
    session.send("Page.navigate", Map.of("url", url));
    String document = jsString(url.split("#", 2)[0]);
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
                + jsString(css)
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
      ChromiumProcess.pause();
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

  /** The text of the first element matching {@code css}, or "" when none does. */
  public String text(String css) {
    return evaluate("document.querySelector(" + jsString(css) + ")?.textContent ?? ''").asText();
  }

  /** The text of every element matching {@code css}, in document order. */
  public List<String> texts(String css) {
    return each(css, "e.textContent");
  }

  /** The {@code data-<name>} attribute (camelCase {@code name}) of every matching element. */
  public List<String> data(String css, String name) {
    return each(css, "e.dataset[" + jsString(name) + "]");
  }

  /** {@code text} as a JavaScript string literal, for building expressions safely. */
  public static String jsString(String text) {
    return JSON.valueToTree(text).toString();
  }

  private List<String> each(String css, String expression) {
    JsonNode list =
        evaluate(
            "[...document.querySelectorAll(" + jsString(css) + ")].map(e => " + expression + ")");
    List<String> values = new ArrayList<>();
    list.forEach(value -> values.add(value.asText()));
    return List.copyOf(values);
  }

  @Override
  public void close() throws IOException {
    try (process) {
      session.close();
    }
  }
}
