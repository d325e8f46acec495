package dev.nightshift.adapters.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Picks the passage of a section that shares the most terms with the question, as the excerpt. */
final class Passages {

  /** An excerpt is at most this long, so a hit fits in a tool result or a chat line. */
  static final int MAX = 400;

  private Passages() {}

  static String best(String body, Set<String> terms) {
    String best = "";
    int bestScore = -1;
    for (String passage : passages(body)) {
      Set<String> own = Terms.of(passage);
      int score = (int) terms.stream().filter(own::contains).count();
      if (score > bestScore) {
        best = passage;
        bestScore = score;
      }
    }
    return cut(best);
  }

  // Paragraphs; a long one (a list, a wall of text) is split into its items or lines.
  private static List<String> passages(String body) {
    List<String> out = new ArrayList<>();
    for (String paragraph : body.strip().split("\\n\\s*\\n")) {
      if (paragraph.length() <= MAX) {
        out.add(paragraph.strip());
        continue;
      }
      StringBuilder item = new StringBuilder();
      for (String line : paragraph.lines().toList()) {
        if (startsItem(line) && !item.isEmpty()) {
          out.add(item.toString().strip());
          item.setLength(0);
        }
        item.append(line.strip()).append(' ');
      }
      out.add(item.toString().strip());
    }
    return out;
  }

  private static boolean startsItem(String line) {
    String s = line.strip();
    return s.startsWith("- ") || s.startsWith("* ") || s.matches("^\\d+\\.\\s.*");
  }

  private static String cut(String passage) {
    String flat = passage.replaceAll("\\s*\\n\\s*", " ");
    return flat.length() <= MAX ? flat : flat.substring(0, MAX - 1) + "…";
  }
}
