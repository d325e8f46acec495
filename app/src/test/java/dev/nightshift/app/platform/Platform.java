package dev.nightshift.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference platform as the end-to-end test drives it: {@code scripts/platform.sh} to bring it
 * up, inject faults and heal, and Prometheus to read what the platform's own metrics say.
 */
final class Platform implements AutoCloseable {

  static final Path ROOT = findRoot();
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(6);
  private static final Pattern VALUE = Pattern.compile("\"value\":\\[[0-9.]+,\"([^\"]+)\"\\]");

  private final Path dir;
  private final Map<String, String> ports;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Platform(Path dir, Map<String, String> ports) {
    this.dir = dir;
    this.ports = ports;
  }

  static Platform up(Path dir) {
    script("up", "--dir", dir.toString());
    return new Platform(dir, readEnv(dir.resolve("ports.env")));
  }

  Path dir() {
    return dir;
  }

  Path agentConfig() {
    return dir.resolve("agent");
  }

  String port(String name) {
    String value = ports.get(name);
    if (value == null) {
      throw new IllegalStateException("ports.env has no " + name + ": " + ports);
    }
    return value;
  }

  void chaos(String fault) {
    script("chaos", fault, "--dir", dir.toString());
  }

  void heal() {
    script("heal", "--dir", dir.toString());
  }

  void supervisorctl(String... args) {
    List<String> argv =
        new java.util.ArrayList<>(
            List.of("supervisorctl", "-c", dir.resolve("supervisord.conf").toString()));
    argv.addAll(List.of(args));
    run(argv, dir.resolve("supervisorctl.log"));
  }

  /** The value of a PromQL expression at {@code at}, if Prometheus has one. */
  OptionalDouble query(String promql, Instant at) {
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + port("PROMETHEUS_PORT")
                + "/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8)
                + "&time="
                + at.toEpochMilli() / 1000.0);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = VALUE.matcher(response.body());
      return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    } catch (IOException e) {
      return OptionalDouble.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalDouble.empty();
    }
  }

  @Override
  public void close() {
    script("down", "--dir", dir.toString());
  }

  private static void script(String... args) {
    List<String> argv =
        new java.util.ArrayList<>(List.of(ROOT.resolve("scripts/platform.sh").toString()));
    argv.addAll(List.of(args));
    run(argv, null);
  }

  private static void run(List<String> argv, Path log) {
    try {
      Path output = log != null ? log : Files.createTempFile("platform-", ".log");
      Process p =
          new ProcessBuilder(argv)
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
              .start();
      if (!p.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(argv + " timed out:\n" + Files.readString(output));
      }
      String text = Files.readString(output);
      System.out.print(text.lines().map(l -> "  | " + l + "\n").reduce("", String::concat));
      if (p.exitValue() != 0) {
        throw new IllegalStateException(argv + " exited " + p.exitValue() + ":\n" + text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> readEnv(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#")) {
          out.put(
              line.substring(0, eq).trim(),
              line.substring(eq + 1).trim().replaceAll("^[\"']|[\"']$", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Path findRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("scripts/platform.sh"))) {
        return p;
      }
    }
    throw new IllegalStateException("no scripts/platform.sh above " + here);
  }
}
