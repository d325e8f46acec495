package dev.nightshift.adapters.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a markdown runbook into one section per heading, so a hit points at the right part. */
final class MarkdownSections {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");

  private MarkdownSections() {}

  /** The sections of {@code markdown}, read from {@code runbooks/<fileName>}. */
  static List<Section> of(String fileName, String markdown) {
    List<Section> out = new ArrayList<>();
    String file = "runbooks/" + fileName;
    String docTitle = fileName.replaceFirst("\\.md$", "");
    boolean titled = false;
    String heading = "";
    StringBuilder body = new StringBuilder();
    boolean fenced = false;
    for (String line : markdown.lines().toList()) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      }
      Matcher m = fenced ? null : HEADING.matcher(line);
      if (m != null && m.matches()) {
        add(out, file, docTitle, heading, body);
        heading = m.group(2).strip();
        if (!titled) {
          docTitle = heading;
          titled = true;
        }
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    add(out, file, docTitle, heading, body);
    return out;
  }

  private static void add(
      List<Section> out, String file, String docTitle, String heading, CharSequence body) {
    String text = body.toString().strip();
    if (text.isEmpty()) {
      return;
    }
    String title =
        heading.isEmpty() || heading.equals(docTitle) ? docTitle : docTitle + " — " + heading;
    String anchor = heading.isEmpty() ? "" : "#" + slug(heading);
    out.add(new Section(file + anchor, title, text));
  }

  /** GitHub's heading anchor: lower case, punctuation dropped, spaces as dashes. */
  static String slug(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .strip()
        .replace(' ', '-');
  }
}
