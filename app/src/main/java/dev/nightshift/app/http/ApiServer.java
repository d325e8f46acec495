package dev.nightshift.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.nightshift.app.config.AgentSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The agent's HTTP server: the JSON API of API.md, {@code /metrics}, the health probes and the web
 * UI, one virtual thread per request. Other parts add handlers under their own paths with {@link
 * #mount}.
 */
public final class ApiServer implements AutoCloseable {

  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private static final String CALLER = "nightshift.caller";

  private final HttpServer server;
  private final ExecutorService requests;
  private final Tokens tokens;
  private final Router router;
  private final PrintWriter err;

  private ApiServer(
      HttpServer server, ExecutorService requests, Tokens tokens, Router router, PrintWriter err) {
    this.server = server;
    this.requests = requests;
    this.tokens = tokens;
    this.router = router;
    this.err = err;
  }

  /**
   * Binds {@code http.bind:http.port} (port 0: any free port) and starts serving.
   *
   * @param err where request failures that are bugs are reported (never with a token)
   * @throws IOException when the address cannot be bound
   */
  public static ApiServer start(
      AgentSettings.Http http, AgentView view, AgentMetrics metrics, Clock clock, PrintWriter err)
      throws IOException {
    // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, a
    // body over one packet waits for the client's delayed ACK: ~40 ms per incident detail. Read
    // once, when the first server in the JVM is made.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    if (http.tokens().isEmpty()) {
      throw new IllegalArgumentException("the API needs at least one token");
    }
    int port = http.port().orElseThrow(() -> new IllegalArgumentException("http.port is not set"));
    HttpServer server = HttpServer.create(new InetSocketAddress(http.bind(), port), 64);
    ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(requests);
    Router router = Endpoints.router(view, metrics, clock);
    ApiServer api = new ApiServer(server, requests, new Tokens(http.tokens()), router, err);
    server.createContext("/", api::handle);
    server.createContext("/ui/", new StaticFiles());
    server.start();
    return api;
  }

  /** The port bound, the configured one or the one the system chose for port 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Where the server answers, e.g. {@code http://127.0.0.1:8077/}. */
  public URI url() {
    var address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    return URI.create(
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  /** The configured tokens, for mounted handlers that accept a bearer token among other proofs. */
  public Tokens tokens() {
    return tokens;
  }

  /**
   * Serves {@code path} and everything under it with {@code handler}. Unless {@code access} is
   * {@link Access#OPEN}, the caller must first present a token of that role (401/403 otherwise);
   * the handler then finds the {@link Caller} with {@link #caller(HttpExchange)}.
   */
  public void mount(String path, HttpHandler handler, Access access) {
    server.createContext(
        path,
        exchange -> {
          if (access == Access.OPEN || authorize(exchange, access)) {
            handler.handle(exchange);
          }
        });
  }

  /** The caller a mounted handler was authorized for; empty on open mounts. */
  public static Optional<Caller> caller(HttpExchange exchange) {
    return Optional.ofNullable((Caller) exchange.getAttribute(CALLER));
  }

  /** Stops accepting, lets requests in flight finish for up to {@code grace}, then stops. */
  public void stop(Duration grace) {
    server.stop((int) Math.max(0, Math.min(grace.toSeconds(), 60)));
    requests.shutdownNow();
  }

  @Override
  public void close() {
    stop(Duration.ZERO);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Exchanges.send(exchange, answer(exchange));
    } catch (IOException e) {
      // The caller went away; nothing to answer.
    }
  }

  private Reply answer(HttpExchange exchange) {
    try {
      String method = exchange.getRequestMethod();
      return switch (router.match(
          method.equals("HEAD") ? "GET" : method, exchange.getRequestURI().getRawPath())) {
        case Router.Match.NoSuchPath n ->
            Reply.error(404, "no such endpoint: " + exchange.getRequestURI().getPath());
        case Router.Match.WrongMethod w ->
            Reply.error(405, method + " is not allowed here; use " + String.join(", ", w.allowed()))
                .with("Allow", String.join(", ", w.allowed()));
        case Router.Match.Found f -> call(exchange, f);
      };
    } catch (ApiError e) {
      return refusal(e);
    } catch (RuntimeException e) {
      err.println(
          "nightshift: API "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getPath()
              + " failed (a bug): "
              + e);
      err.flush();
      return Reply.error(500, "internal error; the agent's log has the details");
    }
  }

  private Reply call(HttpExchange exchange, Router.Match.Found found) {
    Optional<Caller> caller = Optional.empty();
    if (found.route().access() != Access.OPEN) {
      caller = tokens.identify(Exchanges.bearer(exchange).orElse(null));
      Optional<Reply> refused = refusal(caller, found.route().access());
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    byte[] body;
    try {
      body = Exchanges.body(exchange);
    } catch (IOException e) {
      throw ApiError.badRequest("the request body could not be read");
    }
    Request request =
        new Request(caller, found.params(), Exchanges.query(exchange.getRequestURI()), body);
    return found.route().endpoint().handle(request);
  }

  private boolean authorize(HttpExchange exchange, Access access) throws IOException {
    Optional<Caller> caller = tokens.identify(Exchanges.bearer(exchange).orElse(null));
    Optional<Reply> refused = refusal(caller, access);
    if (refused.isPresent()) {
      Exchanges.send(exchange, refused.get());
      return false;
    }
    exchange.setAttribute(CALLER, caller.orElseThrow());
    return true;
  }

  // The 401 or 403 for a caller; empty when the caller may go on.
  private static Optional<Reply> refusal(Optional<Caller> caller, Access access) {
    if (caller.isEmpty()) {
      return Optional.of(
          Reply.error(401, "a valid bearer token is required")
              .with("WWW-Authenticate", "Bearer realm=\"nightshift\""));
    }
    var needed = access.role().orElseThrow();
    if (!caller.get().role().includes(needed)) {
      return Optional.of(
          Reply.error(
              403,
              "token '"
                  + caller.get().name()
                  + "' has role "
                  + caller.get().role()
                  + "; this needs "
                  + needed));
    }
    return Optional.empty();
  }

  private static Reply refusal(ApiError e) {
    return Reply.error(e.status(), e.getMessage());
  }
}
