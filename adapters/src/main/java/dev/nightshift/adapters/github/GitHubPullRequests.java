package dev.nightshift.adapters.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.net.HttpCalls;
import dev.nightshift.adapters.net.JsonPosts;
import dev.nightshift.adapters.net.JsonPosts.Reply;
import dev.nightshift.core.notify.SendResult;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a pull request that changes one file, with GitHub's REST API only (no git): the base's head
 * commit, a new branch there, the file's contents replaced on that branch, the pull request.
 */
final class GitHubPullRequests implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonPosts posts;
  private final String repository;
  private final String token;

  GitHubPullRequests(Endpoint api, String repository, String token) {
    this.posts = new JsonPosts(api, "GitHub");
    this.repository = repository;
    this.token = token;
  }

  /** Sent with the pull request's address as reference, or why not (nothing is retried). */
  SendResult open(FileChange change) {
    try {
      String repo = "/repos/" + repository;
      String head =
          call("GET", repo + "/git/ref/heads/" + change.base(), null, "reading " + change.base())
              .path("object")
              .path("sha")
              .asText();
      ObjectNode ref =
          JSON.createObjectNode().put("ref", "refs/heads/" + change.branch()).put("sha", head);
      call("POST", repo + "/git/refs", ref, "creating branch " + change.branch());
      String contents = repo + "/contents/" + change.path().replace(" ", "%20");
      Optional<JsonNode> file = file(contents + "?ref=" + encode(change.branch()), change.path());
      String current = file.map(f -> decode(f.path("content").asText())).orElse("");
      ObjectNode put =
          JSON.createObjectNode()
              .put("message", change.commitMessage())
              .put("branch", change.branch())
              .put(
                  "content",
                  Base64.getEncoder()
                      .encodeToString(
                          change.edit().apply(current).getBytes(StandardCharsets.UTF_8)));
      file.ifPresent(f -> put.put("sha", f.path("sha").asText()));
      call("PUT", contents, put, "writing " + change.path());
      ObjectNode pull =
          JSON.createObjectNode()
              .put("title", change.title())
              .put("head", change.branch())
              .put("base", change.base())
              .put("body", change.body());
      JsonNode opened = call("POST", repo + "/pulls", pull, "opening the pull request");
      return new SendResult.Sent(Optional.of(opened.path("html_url").asText()));
    } catch (Refused e) {
      return new SendResult.Failed(hide(e.getMessage()), false, Optional.empty());
    }
  }

  private Optional<JsonNode> file(String path, String name) throws Refused {
    Reply reply = posts.send("GET", path, headers(), "", "reading " + name);
    if (reply instanceof Reply.Response r && r.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(answer(reply, "reading " + name));
  }

  private JsonNode call(String method, String path, ObjectNode body, String what) throws Refused {
    String text = body == null ? "" : body.toString();
    return answer(posts.send(method, path, headers(), text, what + " in " + repository), what);
  }

  private JsonNode answer(Reply reply, String what) throws Refused {
    return switch (reply) {
      case Reply.Failed f -> throw new Refused(f.reason());
      case Reply.Response r when r.status() >= 200 && r.status() < 300 -> parse(r.body());
      case Reply.Response r ->
          throw new Refused(
              posts.where()
                  + " answered "
                  + r.status()
                  + " when "
                  + what
                  + " in "
                  + repository
                  + ": "
                  + message(r.body()));
    };
  }

  private Map<String, String> headers() {
    return Map.of(
        "Authorization", "Bearer " + token,
        "Accept", "application/vnd.github+json",
        "X-GitHub-Api-Version", "2022-11-28",
        "User-Agent", "Nightshift");
  }

  private static JsonNode parse(String body) throws Refused {
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      throw new Refused("GitHub answered with something that is not JSON");
    }
  }

  private static String decode(String base64) {
    return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String message(String body) {
    try {
      String message = JSON.readTree(body).path("message").asText("");
      return message.isBlank() ? HttpCalls.excerpt(body) : message;
    } catch (IOException | RuntimeException e) {
      return HttpCalls.excerpt(body);
    }
  }

  private String hide(String text) {
    return text.replace(token, "<token>");
  }

  @Override
  public void close() {
    posts.close();
  }

  /** A call that did not succeed: the sentence to report. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }
}
