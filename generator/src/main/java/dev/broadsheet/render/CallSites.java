package dev.broadsheet.render;

import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a macro or function that failed was called from. An error inside one (a required
 * parameter left out, a story given where an article is wanted) is reported by Freemarker at the
 * macro's own line, often in the theme's {@code components.ftlh}, which a theme's author never
 * edits: the line to fix is the call, in their own template.
 */
final class CallSites {
  /** A frame of Freemarker's FTL stack: {@code [in template "article.ftlh" in macro "x" at line 3, column 1]}. */
  private static final Pattern FRAME = Pattern.compile(
      "\\[in template \"([^\"]+)\"( in (?:macro|function) \"[^\"]*\")? at line (\\d+), column \\d+]");

  private record Frame(String template, boolean inMacro, int line) {}

  private CallSites() {}

  /**
   * " (called from FILE:LINE)" for an error inside a macro or function: the nearest call in a
   * template of the site's own, else the nearest call elsewhere; "" when the error is not in one.
   * {@code where} names a template as messages do ("theme:" for the theme's).
   */
  static String hint(TemplateException e, UnaryOperator<String> where) {
    String stack;
    try {
      stack = e.getFTLInstructionStack();
    } catch (RuntimeException ignored) {
      return "";
    }
    List<Frame> frames = frames(stack == null ? "" : stack);
    if (frames.isEmpty() || !frames.get(0).inMacro()) {
      return "";
    }
    Frame failed = frames.get(0);
    String nearest = null;
    for (Frame f : frames.subList(1, frames.size())) {
      if (f.template().equals(failed.template()) && f.line() == failed.line()) {
        continue;
      }
      String at = where.apply(f.template()) + ":" + f.line();
      if (!at.startsWith("theme:")) {
        return " (called from " + at + ")";
      }
      nearest = nearest == null ? at : nearest;
    }
    return nearest == null ? "" : " (called from " + nearest + ")";
  }

  private static List<Frame> frames(String stack) {
    List<Frame> frames = new ArrayList<>();
    Matcher m = FRAME.matcher(stack);
    while (m.find()) {
      frames.add(new Frame(m.group(1), m.group(2) != null, Integer.parseInt(m.group(3))));
    }
    return frames;
  }
}
