package dev.nightshift.adapters.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Telegram's HTML parse mode: escaping, and fitting a message into Telegram's 4096-character limit
 * by whole lines, so that a cut never falls inside a tag or an entity.
 */
final class Html {

  /** Telegram's limit on a message's text, in UTF-16 code units like {@link String#length()}. */
  static final int LIMIT = 4096;

  static final String MORE = "…";

  private Html() {}

  /**
   * A part of a message: an optional bold heading and its lines (a line may span several rows).
   *
   * @param elastic whether lines may be left out, with "… N more", when the message is too long
   */
  record Section(String heading, List<String> lines, boolean elastic) {
    Section {
      Objects.requireNonNull(heading, "heading");
      lines = List.copyOf(lines);
    }

    static Section fixed(String heading, List<String> lines) {
      return new Section(heading, lines, false);
    }

    static Section elastic(String heading, List<String> lines) {
      return new Section(heading, lines, true);
    }

    private String render(int kept) {
      List<String> rows = new ArrayList<>();
      if (!heading.isEmpty()) {
        rows.add("<b>" + escape(heading) + "</b>");
      }
      rows.addAll(lines.subList(0, kept));
      if (kept < lines.size()) {
        rows.add(MORE + " " + (lines.size() - kept) + " more");
      }
      return String.join("\n", rows);
    }
  }

  /** Escapes the three characters Telegram's HTML mode reserves (and quotes, for attributes). */
  static String escape(String text) {
    return clip(text, Integer.MAX_VALUE);
  }

  /** Escapes {@code text}, cut with "…" so that the escaped form is at most {@code max} long. */
  static String clip(String text, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String next = entity(text.charAt(i));
      boolean last = i == text.length() - 1;
      if (out.length() + next.length() > max - (last ? 0 : MORE.length())) {
        return out.append(MORE).toString();
      }
      out.append(next);
    }
    return out.toString();
  }

  private static String entity(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      default -> String.valueOf(c);
    };
  }

  /**
   * The sections joined, at most {@link #LIMIT} long: elastic sections lose their last lines first;
   * if the fixed ones alone are too long, the message is cut after its last whole row.
   */
  static String fit(List<Section> sections) {
    List<Section> present = sections.stream().filter(s -> !s.lines().isEmpty()).toList();
    int[] kept = present.stream().mapToInt(s -> s.lines().size()).toArray();
    String whole = join(present, kept);
    if (whole.length() <= LIMIT) {
      return whole;
    }
    for (int i = 0; i < kept.length; i++) {
      kept[i] = present.get(i).elastic() ? 0 : kept[i];
    }
    int room = LIMIT - join(present, kept).length();
    if (room < 0) {
      return cut(whole);
    }
    for (int i = 0; i < kept.length; i++) {
      List<String> lines = present.get(i).lines();
      while (present.get(i).elastic() && kept[i] < lines.size()) {
        int cost = lines.get(kept[i]).length() + 1;
        if (cost > room) {
          break;
        }
        room -= cost;
        kept[i]++;
      }
    }
    return join(present, kept);
  }

  private static String join(List<Section> sections, int[] kept) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      parts.add(sections.get(i).render(kept[i]));
    }
    return String.join("\n\n", parts);
  }

  private static String cut(String text) {
    int end = text.lastIndexOf('\n', LIMIT - MORE.length() - 1);
    return text.substring(0, Math.max(end, 0)) + "\n" + MORE;
  }
}
