package dev.nightshift.adapters.github;

import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A change to one file of a repository, proposed as a pull request from a new branch.
 *
 * @param base the branch the pull request targets, e.g. {@code main}
 * @param path the file, e.g. {@code config/known_errors.yaml}
 * @param branch the new branch, e.g. {@code nightshift/learned-12}
 * @param edit the file's new text from its current text ("" when it does not exist yet)
 */
public record FileChange(
    String base,
    String path,
    String branch,
    String commitMessage,
    String title,
    String body,
    UnaryOperator<String> edit) {

  private static final Pattern REF = Pattern.compile("[A-Za-z0-9._/-]+");

  public FileChange {
    for (String ref : new String[] {base, branch}) {
      if (!REF.matcher(Objects.requireNonNull(ref, "branch")).matches() || ref.contains("..")) {
        throw new IllegalArgumentException("not a branch name: '" + ref + "'");
      }
    }
    Objects.requireNonNull(path, "path");
    if (path.isBlank() || path.startsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException("not a path in a repository: '" + path + "'");
    }
    Objects.requireNonNull(commitMessage, "commitMessage");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(edit, "edit");
  }
}
