package dev.nightshift.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web UI's files, from the classpath folder {@code ui/}: {@code /} is its index, {@code /ui/*}
 * the rest. No token is needed (the UI asks for one); only plain file names are served.
 */
final class StaticFiles implements HttpHandler {

  private static final String ROOT = "ui/";
  private static final Pattern SAFE =
      Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "txt", "text/plain; charset=utf-8");

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      Reply reply =
          method.equals("GET") || method.equals("HEAD")
              ? file(exchange.getRequestURI().getRawPath().substring("/ui/".length()))
              : Reply.error(405, method + " is not allowed here; use GET")
                  .with("Allow", "GET, HEAD");
      Exchanges.send(exchange, reply);
    }
  }

  static Reply index() {
    return load("index.html")
        .map(r -> r.with("Cache-Control", "no-store"))
        .orElseGet(() -> Reply.error(404, "the web UI is not packaged in this build"));
  }

  // Only names made of plain segments: no "..", no encoded characters, no hidden files.
  private static Reply file(String name) {
    if (name.isEmpty()) {
      return index();
    }
    if (!SAFE.matcher(name).matches()) {
      return Reply.error(404, "no such file");
    }
    if (name.equals("index.html")) {
      return index();
    }
    return load(name).orElseGet(() -> Reply.error(404, "no such file: " + name));
  }

  private static Optional<Reply> load(String name) {
    String extension = name.substring(name.lastIndexOf('.') + 1);
    String type = TYPES.getOrDefault(extension, "application/octet-stream");
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Reply(200, type, in.readAllBytes(), Map.of("Cache-Control", "no-cache")));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
