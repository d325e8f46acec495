package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The commands' client of a running agent's API: one call each, JSON in and out, a timeout. */
final class RemoteApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The API said no, or could not be reached: the sentence to print. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message, null, false, false);
    }
  }

  private final URI base;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  RemoteApi(URI base, String token) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.token = token;
  }

  JsonNode get(String path) throws Failed {
    return call("GET", path, null);
  }

  JsonNode post(String path, JsonNode body) throws Failed {
    return call("POST", path, body);
  }

  /** A GET whose answer is text (e.g. YAML), not JSON. */
  String text(String path) throws Failed {
    HttpResponse<String> response = send("GET", path, null);
    if (response.statusCode() >= 300) {
      fail(response.statusCode(), parse(response.body()));
    }
    return response.body();
  }

  private JsonNode call(String method, String path, JsonNode body) throws Failed {
    HttpResponse<String> response = send(method, path, body);
    JsonNode json = parse(response.body());
    if (response.statusCode() >= 300) {
      fail(response.statusCode(), json);
    }
    return json;
  }

  private void fail(int status, JsonNode json) throws Failed {
    if (status == 401) {
      throw new Failed("the API at " + base + " refused the token (401); set NIGHTSHIFT_TOKEN");
    }
    throw new Failed(json.path("error").asText("the API answered " + status));
  }

  private HttpResponse<String> send(String method, String path, JsonNode body) throws Failed {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Failed("cannot reach the API at " + base + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed("interrupted while calling the API at " + base);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text.isEmpty() ? "{}" : text);
    } catch (IOException e) {
      return MAPPER.createObjectNode();
    }
  }
}
