package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Spelling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The macros of a site's newsletter hooks that the newsletters never call. The newsletter calls a
 * hook only when the site defines it, so a misspelt one ({@code botom}) would leave out, without a
 * word, what mail laws ask every message to carry: the unsubscribe link, the postal address.
 */
final class NewsletterHooks {
  /** The hooks file of each part, with the macros its newsletter calls. */
  private static final List<Hooks> FILES = List.of(
      new Hooks("newsletter-hooks.ftlh", Set.of("preheader", "top", "bottom")),
      new Hooks("newsletter-hooks-text.ftl", Set.of("top", "bottom")));
  /** A macro's name and what follows it up to the end of its start tag: its parameters. */
  private static final Pattern MACRO = Pattern.compile("<#macro\\s+([^\\s>/]+)([^>]*)>");

  private record Hooks(String file, Set<String> called) {}

  private NewsletterHooks() {}

  /** What is wrong with the hooks files in {@code siteTemplates}, each problem at its line. */
  static List<Problem> problems(Path siteTemplates) {
    List<Problem> problems = new ArrayList<>();
    for (Hooks hooks : FILES) {
      Path file = siteTemplates.resolve(hooks.file());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      Matcher m = MACRO.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        String called = String.join(", ", hooks.called().stream().sorted().toList());
        if (!hooks.called().contains(name)) {
          String closest = Spelling.closest(name, hooks.called(), 3);
          problems.add(Problem.warningAt(file.toString(), line, "the newsletter calls no macro '" + name + "' (only "
              + called + "), so what it writes is left out" + (closest != null ? "; did you mean " + closest + "?" : "")));
        } else if (m.group(2).isBlank()) {
          problems.add(Problem.warningAt(file.toString(), line, "the macro '" + name + "' is given the edition:"
              + " declare it as <#macro " + name + " e>"));
        }
      }
    }
    return problems;
  }
}
