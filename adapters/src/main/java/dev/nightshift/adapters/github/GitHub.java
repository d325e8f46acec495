package dev.nightshift.adapters.github;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.SendResult;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Builds the GitHub issues channel and opens pull requests, so that the rest of the app never sees
 * GitHub's API.
 */
public final class GitHub {

  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  private GitHub() {}

  /**
   * A channel that opens an issue per incident in {@code repository}, comments on it as the
   * incident goes on, and closes it when the incident is resolved.
   *
   * @param api the REST API base, {@code https://api.github.com}
   * @param repository {@code owner/repo}
   * @param token a token allowed to write issues; a secret
   */
  public static Channel channel(String name, Endpoint api, String repository, String token) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a GitHub notifier needs a name");
    }
    if (!REPOSITORY.matcher(repository).matches()) {
      throw new IllegalArgumentException(
          "GitHub notifier '"
              + name
              + "': repository must be owner/repo, not '"
              + repository
              + "'");
    }
    if (token.isBlank()) {
      throw new IllegalArgumentException("GitHub notifier '" + name + "' has no token");
    }
    return new GitHubChannel(name, new GitHubIssues(api, repository, token, Clock.systemUTC()));
  }

  /**
   * Proposes {@code change} to {@code repository} as a pull request from a new branch.
   *
   * @return Sent with the pull request's address, or Failed with GitHub's reason (never the token)
   */
  public static SendResult pullRequest(
      Endpoint api, String repository, String token, FileChange change) {
    if (!REPOSITORY.matcher(repository).matches()) {
      throw new IllegalArgumentException("repository must be owner/repo, not '" + repository + "'");
    }
    try (GitHubPullRequests pulls = new GitHubPullRequests(api, repository, token)) {
      return pulls.open(change);
    }
  }
}
