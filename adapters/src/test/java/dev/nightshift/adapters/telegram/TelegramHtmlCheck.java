package dev.nightshift.adapters.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What Telegram's HTML parse mode accepts: the supported tags, properly nested, {@code <a>} with an
 * absolute http(s) href, and {@code &lt; &gt; &amp; &quot;} as the only entities we use.
 */
final class TelegramHtmlCheck {

  private static final Set<String> TAGS = Set.of("b", "i", "u", "s", "code", "pre", "a");
  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-z]+)(?: href=\"(https?://[^\"<>]*)\")?>");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");

  private TelegramHtmlCheck() {}

  /** Why Telegram would refuse {@code text}, or null if it would parse it. */
  static @Nullable String problem(String text) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        Matcher tag = TAG.matcher(text).region(i, text.length());
        if (!tag.lookingAt() || !TAGS.contains(tag.group(2))) {
          return "unsupported start tag at byte offset " + i;
        }
        if (tag.group(1).isEmpty()) {
          open.push(tag.group(2));
        } else if (open.isEmpty() || !open.pop().equals(tag.group(2))) {
          return "unexpected end tag at byte offset " + i;
        }
        i = tag.end();
      } else if (c == '&') {
        Matcher entity = ENTITY.matcher(text).region(i, text.length());
        if (!entity.lookingAt()) {
          return "unsupported entity at byte offset " + i;
        }
        i = entity.end();
      } else if (c == '>') {
        return "unescaped '>' at byte offset " + i;
      } else {
        i++;
      }
    }
    return open.isEmpty() ? null : "unclosed tag " + open.peek();
  }
}
