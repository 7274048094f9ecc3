package dev.broadsheet.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an unclosed directive was opened. Freemarker reports a missing {@code </#if>} where it
 * notices it (a later end-tag, or the end of the file), which may be hundreds of lines below the
 * {@code <#if} the author has to fix.
 */
final class UnclosedDirective {
  /** Freemarker's two ways of saying it: an end-tag that does not match, or the end of the file. */
  private static final Pattern NAMED = Pattern.compile(
      "only this can be closed: \"#(\\w+)\"|You have an unclosed #(\\w+)\\b");
  private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);

  private UnclosedDirective() {}

  /** The directive Freemarker's {@code message} says is unclosed ("if"), or null. */
  static String named(String message) {
    Matcher m = NAMED.matcher(message);
    return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2);
  }

  /**
   * The line (1-based) of the innermost {@code <#name} still open at line {@code reportedAt} of
   * {@code source}, or empty when every one before it is closed.
   */
  static OptionalInt openedAt(String source, String name, int reportedAt) {
    // Comments go, their line breaks stay, so lines keep their numbers.
    Matcher comments = COMMENT.matcher(source);
    StringBuilder text = new StringBuilder();
    while (comments.find()) {
      comments.appendReplacement(text, comments.group().replaceAll("[^\n]", " ").replace("\\", " ").replace("$", " "));
    }
    comments.appendTail(text);
    Matcher tags = Pattern.compile("<(/?)#" + Pattern.quote(name) + "(?![\\w.])[^>]*?(/?)>").matcher(text);
    Deque<Integer> open = new ArrayDeque<>();
    int line = 1;
    int counted = 0;
    while (tags.find()) {
      for (; counted < tags.start(); counted++) {
        line += text.charAt(counted) == '\n' ? 1 : 0;
      }
      if (line > reportedAt) {
        break;
      }
      if (tags.group(1).isEmpty() && tags.group(2).isEmpty()) {
        open.push(line);
      } else if (!tags.group(1).isEmpty() && !open.isEmpty()) {
        open.pop();
      }
    }
    return open.isEmpty() ? OptionalInt.empty() : OptionalInt.of(open.peek());
  }
}
